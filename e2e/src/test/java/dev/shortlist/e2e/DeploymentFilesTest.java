package dev.shortlist.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files against the code they deploy, without Docker: {@code docker-compose.yml}
 * against each service's {@code application.yml}, {@code @ConfigurationProperties} and Spring Boot's
 * configuration metadata (ports, health checks, every environment variable bound to a real property,
 * the addresses of Kafka, the registry, Elasticsearch and Keycloak); the Keycloak realm against the
 * roles, organization claim and audience the services check; the Kibana saved objects against the
 * query-api index templates. {@code deploy/validate.sh} adds the Compose specification lint.
 */
class DeploymentFilesTest {

    private static final Path ROOT =
            Path.of(System.getProperty("shortlist.repo", "..")).toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> APPS = List.of("ingest-api", "streams-processor", "query-api");
    private static final Set<String> INFRASTRUCTURE =
            Set.of("kafka", "schema-registry", "elasticsearch", "kibana", "kibana-setup", "keycloak");
    /** A field name before the colon of a KQL clause, e.g. {@code status} in {@code status : "SCORED"}. */
    private static final Pattern KQL_FIELD = Pattern.compile("([A-Za-z_][\\w.]*)\\s*:");

    private final Map<String, Object> compose = yaml(ROOT.resolve("docker-compose.yml"));
    private final Map<String, Object> services = map(compose.get("services"));

    // ------------------------------------------------------------------------------------ compose

    @Test
    void composeHasEveryServiceAndItsStartOrderIsHealthGated() {
        assertThat(services)
                .containsKeys(APPS.toArray(String[]::new))
                .containsKeys(INFRASTRUCTURE.toArray(String[]::new));
        services.forEach((name, value) -> {
            Map<String, Object> service = map(value);
            assertThat(service.containsKey("image") || service.containsKey("build"))
                    .as("%s has an image or a build", name)
                    .isTrue();
            map(service.get("depends_on")).forEach((dependency, spec) -> {
                assertThat(services).as("%s depends on a known service", name).containsKey(dependency);
                if ("service_healthy".equals(map(spec).get("condition"))) {
                    assertThat(map(services.get(dependency)))
                            .as("%s waits for %s to be healthy", name, dependency)
                            .containsKey("healthcheck");
                }
            });
        });
        for (String app : APPS) {
            Map<String, Object> healthGated = new LinkedHashMap<>();
            map(service(app).get("depends_on")).forEach((dependency, spec) -> {
                if ("service_healthy".equals(map(spec).get("condition"))) {
                    healthGated.put(dependency, spec);
                }
            });
            assertThat(healthGated)
                    .as("%s waits for a healthy Kafka and registry", app)
                    .containsKeys("kafka", "schema-registry");
        }
        assertThat(map(service("query-api").get("depends_on"))).containsKeys("elasticsearch", "keycloak");
        assertThat(map(service("ingest-api").get("depends_on"))).containsKey("keycloak");
    }

    @Test
    void hostPortsAreUniqueAndMountsExist() {
        Set<String> declaredVolumes = map(compose.get("volumes")).keySet();
        Map<String, String> published = new HashMap<>();
        services.forEach((name, value) -> {
            for (Object port : list(map(value).get("ports"))) {
                String host = port.toString().substring(0, port.toString().lastIndexOf(':'));
                assertThat(published.put(host, name))
                        .as("host port %s published twice (%s)", host, name)
                        .isNull();
            }
            for (Object volume : list(map(value).get("volumes"))) {
                String source = volume.toString().split(":")[0];
                if (source.startsWith(".")) {
                    assertThat(ROOT.resolve(source))
                            .as("%s mounts %s", name, source)
                            .exists();
                } else {
                    assertThat(declaredVolumes)
                            .as("%s uses a declared volume", name)
                            .contains(source);
                }
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-api", "streams-processor", "query-api"})
    void eachServiceIsBuiltFromItsModulesJar(String app) {
        Map<String, Object> build = map(service(app).get("build"));
        assertThat(build.get("context")).isEqualTo("./" + app + "/target");
        Path context = ROOT.resolve(build.get("context").toString());
        assertThat(context.resolve(build.get("dockerfile").toString()).normalize())
                .exists();
        String jarFile = String.valueOf(map(build.get("args")).get("JAR_FILE"));
        String artifactId = pomValue(ROOT.resolve(app).resolve("pom.xml"), "artifactId");
        String built = artifactId + "-" + pomValue(ROOT.resolve("pom.xml"), "version") + ".jar";
        // A version-free pattern: COPY expands it, so a new version needs no edit of the compose file.
        assertThat(jarFile).as("the jar pattern of %s", app).isEqualTo(artifactId + "-*.jar");
        assertThat(FileSystems.getDefault().getPathMatcher("glob:" + jarFile).matches(Path.of(built)))
                .as("%s matches the jar Maven builds (%s)", jarFile, built)
                .isTrue();
        assertThat(FileSystems.getDefault().getPathMatcher("glob:" + jarFile).matches(Path.of(built + ".original")))
                .as("%s leaves out the jar Spring Boot repackaged", jarFile)
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-api", "streams-processor", "query-api"})
    void eachServiceIsPublishedAndHealthCheckedOnThePortItListensOn(String app) {
        Map<String, Object> yml = applicationYml(app);
        String port = flatten(yml).get("server.port");
        assertThat(port).as("server.port of %s", app).isNotNull();
        assertThat(list(service(app).get("ports")))
                .as("container port of %s", app)
                .anySatisfy(p -> assertThat(p.toString()).endsWith(":" + port));
        String test = String.join(
                " ",
                list(map(service(app).get("healthcheck")).get("test")).stream()
                        .map(Object::toString)
                        .toList());
        assertThat(test).as("health check of %s", app).contains("http://localhost:" + port + "/actuator/health");
        assertThat(flatten(yml).get("management.endpoints.web.exposure.include"))
                .as("exposed endpoints of %s", app)
                .contains("health");
    }

    /**
     * Every variable in a service's environment must bind (Spring's relaxed binding: upper case,
     * dots to underscores, dashes dropped or turned into underscores) to a property the service
     * has: in its application.yml, its {@code @ConfigurationProperties}, or the configuration
     * metadata of the Spring Boot modules in its jar. A misspelt or misplaced variable would
     * otherwise be ignored silently.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ingest-api", "streams-processor", "query-api"})
    void everyEnvironmentVariableBindsToAPropertyOfTheService(String app) {
        Path jar = ROOT.resolve(app)
                .resolve("target")
                .resolve(app + "-" + pomValue(ROOT.resolve("pom.xml"), "version") + ".jar");
        assumeTrue(
                Files.isRegularFile(jar),
                "The environment check reads Spring Boot's metadata from " + jar + ": build it first (./mvnw package)");
        Set<String> properties = new TreeSet<>(flatten(applicationYml(app)).keySet());
        properties.addAll(configurationProperties(app));
        Set<String> maps = new HashSet<>();
        bootMetadata(jar, properties, maps);

        Set<String> bindable = new HashSet<>();
        properties.forEach(p -> bindable.addAll(environmentNames(p)));
        List<String> unbound = new ArrayList<>();
        for (String variable : environment(app).keySet()) {
            boolean mapEntry = maps.stream()
                    .anyMatch(m -> environmentNames(m).stream().anyMatch(e -> variable.startsWith(e + "_")));
            if (!bindable.contains(variable) && !mapEntry) {
                unbound.add(variable);
            }
        }
        assertThat(unbound)
                .as("environment variables of %s that bind to no property", app)
                .isEmpty();
    }

    @Test
    void servicesReachKafkaTheRegistryElasticsearchAndKeycloakWhereTheyListen() {
        Map<String, String> kafka = environment("kafka");
        String internalListener = Stream.of(
                        kafka.get("KAFKA_ADVERTISED_LISTENERS").split(","))
                .filter(l -> l.startsWith(kafka.get("KAFKA_INTER_BROKER_LISTENER_NAME") + "://"))
                .findFirst()
                .orElseThrow();
        String registryListener = environment("schema-registry").get("SCHEMA_REGISTRY_LISTENERS");
        URI registry = URI.create(registryListener);
        for (String app : APPS) {
            Map<String, String> env = environment(app);
            assertThat(internalListener)
                    .as("Kafka listener %s uses", app)
                    .endsWith("//" + env.get("SPRING_KAFKA_BOOTSTRAP_SERVERS"));
            URI registryUrl = URI.create(env.get("SPRING_KAFKA_PROPERTIES_SCHEMA_REGISTRY_URL"));
            assertThat(registryUrl.getHost()).isEqualTo("schema-registry");
            assertThat(registryUrl.getPort()).isEqualTo(registry.getPort());
        }
        URI elasticsearch = URI.create(environment("query-api").get("SPRING_ELASTICSEARCH_URIS"));
        assertThat(services).containsKey(elasticsearch.getHost());
        assertThat(list(service("elasticsearch").get("ports")))
                .anySatisfy(p -> assertThat(p.toString()).endsWith(":" + elasticsearch.getPort()));
        assertThat(environment("kibana").get("ELASTICSEARCH_HOSTS")).contains(elasticsearch.toString());

        String realm = realm().path("realm").asText();
        for (String app : List.of("ingest-api", "query-api")) {
            Map<String, String> env = environment(app);
            URI jwks = URI.create(env.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI"));
            assertThat(jwks.getHost()).isEqualTo("keycloak");
            assertThat(list(service("keycloak").get("ports")))
                    .anySatisfy(p -> assertThat(p.toString()).endsWith(":" + jwks.getPort()));
            assertThat(jwks.getPath()).isEqualTo("/realms/" + realm + "/protocol/openid-connect/certs");
            assertThat(withDefaults(env.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI")))
                    .isEqualTo(withDefaults(environment("keycloak").get("KC_HOSTNAME")) + "/realms/" + realm);
        }
    }

    @Test
    void ingestAndStreamsShareTheBlobVolume() {
        assertThat(blobVolume("ingest-api")).isNotNull().isEqualTo(blobVolume("streams-processor"));
    }

    @Test
    void imagesMatchTheVersionsTheBuildUses() {
        assertThat(service("kafka").get("image")).isEqualTo("apache/kafka:" + pomProperty("kafka.version"));
        String elasticsearch = service("elasticsearch").get("image").toString();
        String kibana = service("kibana").get("image").toString();
        assertThat(elasticsearch.substring(elasticsearch.lastIndexOf(':') + 1))
                .startsWith("8.19.")
                .isEqualTo(kibana.substring(kibana.lastIndexOf(':') + 1));
    }

    // ----------------------------------------------------------------------------------- keycloak

    @Test
    void theRealmIssuesTheClaimsTheServicesCheck() {
        JsonNode realm = realm();
        JsonNode client = null;
        for (JsonNode candidate : realm.path("clients")) {
            if (candidate.path("clientId").asText().equals("shortlist-api")) {
                client = candidate;
            }
        }
        assertThat(client).as("client shortlist-api").isNotNull();
        Set<String> roles = new TreeSet<>();
        realm.path("roles")
                .path("client")
                .path("shortlist-api")
                .forEach(r -> roles.add(r.path("name").asText()));
        assertThat(roles).containsExactlyInAnyOrder("admin", "recruiter", "viewer");

        Map<String, JsonNode> mappers = new HashMap<>();
        client.path("protocolMappers")
                .forEach(m -> mappers.put(m.path("protocolMapper").asText(), m.path("config")));
        String audience = environment("ingest-api").get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES");
        assertThat(audience)
                .isEqualTo(flatten(applicationYml("query-api"))
                        .get("spring.security.oauth2.resourceserver.jwt.audiences"));
        assertThat(mappers.get("oidc-audience-mapper")).as("audience mapper").isNotNull();
        assertThat(mappers.get("oidc-audience-mapper")
                        .path("included.custom.audience")
                        .asText())
                .isEqualTo(audience);
        assertThat(mappers.get("oidc-audience-mapper")
                        .path("access.token.claim")
                        .asText())
                .isEqualTo("true");
        assertThat(mappers.get("oidc-usermodel-attribute-mapper"))
                .as("org_id mapper")
                .isNotNull();
        assertThat(mappers.get("oidc-usermodel-attribute-mapper")
                        .path("user.attribute")
                        .asText())
                .isEqualTo("org_id");
        assertThat(mappers.get("oidc-usermodel-attribute-mapper")
                        .path("claim.name")
                        .asText())
                .isEqualTo("org_id");
        JsonNode roleMapper = mappers.get("oidc-usermodel-client-role-mapper");
        assertThat(roleMapper).as("roles mapper").isNotNull();
        assertThat(roleMapper.path("claim.name").asText()).isEqualTo("roles");
        assertThat(roleMapper.path("multivalued").asText()).isEqualTo("true");
        assertThat(roleMapper.path("usermodel.clientRoleMapping.clientId").asText())
                .isEqualTo("shortlist-api");

        // Keycloak 24+ drops user attributes its user profile does not declare.
        Set<String> declared = new HashSet<>();
        for (JsonNode component : realm.path("components").path("org.keycloak.userprofile.UserProfileProvider")) {
            for (JsonNode config : component.path("config").path("kc.user.profile.config")) {
                read(config.asText())
                        .path("attributes")
                        .forEach(a -> declared.add(a.path("name").asText()));
            }
        }
        assertThat(declared).contains("org_id");
        Set<String> organizations = new HashSet<>();
        for (JsonNode user : realm.path("users")) {
            organizations.add(user.path("attributes").path("org_id").path(0).asText());
            user.path("clientRoles")
                    .path("shortlist-api")
                    .forEach(r -> assertThat(roles).contains(r.asText()));
        }
        assertThat(organizations).as("demo users' organizations").hasSizeGreaterThanOrEqualTo(2);
    }

    // ------------------------------------------------------------------------------------- kibana

    @Test
    void kibanaSavedObjectsReadOnlyFieldsTheIndexTemplatesMap() throws IOException {
        Map<String, Map<String, String>> mapped = indexTemplateFields();
        List<JsonNode> objects = new ArrayList<>();
        List<String> lines = Files.readAllLines(ROOT.resolve("deploy/kibana/saved-objects.ndjson"));
        for (String line : lines) {
            assertThat(line).as("a blank line (the import API rejects it)").isNotBlank();
            objects.add(read(line));
        }
        Set<String> ids = new HashSet<>();
        objects.forEach(o -> assertThat(
                        ids.add(o.path("type").asText() + "/" + o.path("id").asText()))
                .as("unique id %s", o.path("id").asText())
                .isTrue());
        for (JsonNode object : objects) {
            object.path("references")
                    .forEach(r -> assertThat(ids)
                            .as("reference of %s", object.path("id").asText())
                            .contains(
                                    r.path("type").asText() + "/" + r.path("id").asText()));
        }

        Map<String, Set<String>> runtimeFields = new HashMap<>();
        for (JsonNode view : objects) {
            if (view.path("type").asText().equals("index-pattern")) {
                String alias = view.path("attributes").path("title").asText();
                assertThat(mapped)
                        .as("index template behind data view %s", alias)
                        .containsKey(alias);
                String timeField = view.path("attributes").path("timeFieldName").asText();
                assertThat(mapped.get(alias).get(timeField))
                        .as("time field %s.%s", alias, timeField)
                        .isEqualTo("date");
                Set<String> runtime = new HashSet<>();
                read(view.path("attributes").path("runtimeFieldMap").asText("{}"))
                        .fieldNames()
                        .forEachRemaining(runtime::add);
                runtimeFields.put(view.path("id").asText(), runtime);
            }
        }

        List<String> unmapped = new ArrayList<>();
        Set<String> optional = optionalFields();
        int reads = 0;
        for (JsonNode lens : objects) {
            if (!lens.path("type").asText().equals("lens")) {
                continue;
            }
            Map<String, String> layerViews = new HashMap<>();
            lens.path("references")
                    .forEach(r ->
                            layerViews.put(r.path("name").asText(), r.path("id").asText()));
            JsonNode state = lens.path("attributes").path("state");
            var layers = state.path("datasourceStates")
                    .path("formBased")
                    .path("layers")
                    .fields();
            while (layers.hasNext()) {
                var layer = layers.next();
                String view = layerViews.get("indexpattern-datasource-layer-" + layer.getKey());
                assertThat(view)
                        .as("data view of %s layer %s", lens.path("id").asText(), layer.getKey())
                        .isNotNull();
                String alias = aliasOf(objects, view);
                Set<String> fields = new TreeSet<>(
                        kqlFields(state.path("query").path("query").asText("")));
                layer.getValue().path("columns").forEach(column -> {
                    String field = column.path("sourceField").asText("");
                    if (!field.isEmpty() && !field.equals("___records___")) {
                        fields.add(field);
                    }
                    fields.addAll(kqlFields(column.path("filter").path("query").asText("")));
                });
                for (String field : fields) {
                    reads++;
                    boolean known = mapped.get(alias).containsKey(field)
                            || runtimeFields.get(view).contains(field)
                            || optional.contains(alias + "/" + field);
                    if (!known) {
                        unmapped.add(lens.path("id").asText() + " reads " + alias + "." + field);
                    }
                }
            }
        }
        assertThat(reads).as("fields read by the Lens panels").isPositive();
        assertThat(unmapped)
                .as("fields the saved objects read that no index template maps")
                .isEmpty();

        for (String[] row : fieldRows()) {
            if (!row[2].contains("optional")) {
                assertThat(mapped.get(row[0]))
                        .as("FIELDS.md: %s.%s", row[0], row[1])
                        .containsEntry(row[1], row[2]);
            }
        }
    }

    // ------------------------------------------------------------------------------------ helpers

    private Map<String, Object> service(String name) {
        assertThat(services).containsKey(name);
        return map(services.get(name));
    }

    /** A service's environment, as a map whether the file writes it as a map or a list. */
    private Map<String, String> environment(String name) {
        Object env = service(name).get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (env instanceof List<?> entries) {
            for (Object entry : entries) {
                String[] parts = entry.toString().split("=", 2);
                result.put(parts[0], parts.length > 1 ? parts[1] : null);
            }
        } else {
            map(env).forEach((k, v) -> result.put(k, v == null ? null : v.toString()));
        }
        return result;
    }

    private String blobVolume(String app) {
        String dir = environment(app).get("SHORTLIST_BLOBS_DIR");
        for (Object volume : list(service(app).get("volumes"))) {
            String[] parts = volume.toString().split(":");
            if (parts.length >= 2 && parts[1].equals(dir)) {
                return parts[0];
            }
        }
        return null;
    }

    /** A value with Compose's {@code ${VARIABLE:-default}} replaced by its default. */
    private static String withDefaults(String value) {
        return value.replaceAll("\\$\\{\\w+:-([^}]*)}", "$1");
    }

    private static JsonNode realm() {
        try {
            return JSON.readTree(
                    ROOT.resolve("deploy/keycloak/shortlist-realm.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> applicationYml(String app) {
        return yaml(ROOT.resolve(app).resolve("src/main/resources/application.yml"));
    }

    private static Map<String, Object> yaml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Map<String, Object> loaded = new Yaml().load(in);
            return loaded == null ? Map.of() : loaded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nested YAML maps as dotted keys; lists joined with commas. */
    static Map<String, String> flatten(Map<String, Object> yaml) {
        Map<String, String> flat = new LinkedHashMap<>();
        flatten("", yaml, flat);
        return flat;
    }

    private static void flatten(String prefix, Map<String, Object> yaml, Map<String, String> flat) {
        yaml.forEach((key, value) -> {
            String name = prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key;
            if (value instanceof Map<?, ?>) {
                flatten(name, map(value), flat);
            } else if (value instanceof List<?> values) {
                flat.put(
                        name,
                        String.join(",", values.stream().map(String::valueOf).toList()));
            } else {
                flat.put(name, String.valueOf(value).trim());
            }
        });
    }

    /**
     * The environment variables that bind to a property: {@code spring.kafka.bootstrap-servers} ←
     * {@code SPRING_KAFKA_BOOTSTRAPSERVERS} or {@code SPRING_KAFKA_BOOTSTRAP_SERVERS}.
     */
    static Set<String> environmentNames(String property) {
        String upper = property.replace('.', '_').toUpperCase(Locale.ROOT);
        return new HashSet<>(List.of(upper.replace("-", ""), upper.replace('-', '_')));
    }

    /**
     * The properties of a module's {@code @ConfigurationProperties("prefix") record X(...)} classes:
     * prefix plus each record component in kebab case.
     */
    private static Set<String> configurationProperties(String app) {
        Pattern annotated = Pattern.compile(
                "@ConfigurationProperties\\(\"([^\"]+)\"\\)(?:\\s*@\\w+(?:\\([^)]*\\))?)*\\s*(?:public\\s+)?record\\s+\\w+\\s*\\(");
        Set<String> properties = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(ROOT.resolve(app).resolve("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                Matcher matcher = annotated.matcher(text);
                while (matcher.find()) {
                    for (String component : components(text, matcher.end())) {
                        properties.add(matcher.group(1) + "."
                                + component
                                        .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                                        .toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Names of the record components declared from {@code start} (just after the opening parenthesis). */
    private static List<String> components(String text, int start) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        StringBuilder component = new StringBuilder();
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == ',' || c == ')') && depth == 0) {
                String[] words = component.toString().trim().split("\\s+");
                if (words.length > 0 && !words[words.length - 1].isEmpty()) {
                    names.add(words[words.length - 1]);
                }
                component.setLength(0);
                if (c == ')') {
                    break;
                }
                continue;
            }
            if (c == '(' || c == '<') {
                depth++;
            } else if (c == ')' || c == '>') {
                depth--;
            }
            if (depth == 0 && c != '>') {
                component.append(c);
            }
        }
        return names;
    }

    /**
     * Property names from the configuration metadata of the Spring Boot modules packed in a
     * service's jar; properties of a map type go to {@code maps} too (their keys are free).
     */
    private static void bootMetadata(Path jar, Set<String> properties, Set<String> maps) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream()
                    .filter(e -> e.getName().matches("BOOT-INF/lib/spring-boot[^/]*\\.jar"))
                    .toList()) {
                try (ZipInputStream nested = new ZipInputStream(zip.getInputStream(entry))) {
                    for (ZipEntry inner = nested.getNextEntry(); inner != null; inner = nested.getNextEntry()) {
                        if (inner.getName().equals("META-INF/spring-configuration-metadata.json")) {
                            JsonNode metadata = JSON.readTree(new ByteArrayInputStream(nested.readAllBytes()));
                            for (JsonNode property : metadata.path("properties")) {
                                String name = property.path("name").asText();
                                properties.add(name);
                                if (property.path("type").asText().startsWith("java.util.Map")) {
                                    maps.add(name);
                                }
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Alias → (field path → type) from the query-api index templates. */
    private static Map<String, Map<String, String>> indexTemplateFields() throws IOException {
        Map<String, Map<String, String>> result = new HashMap<>();
        try (Stream<Path> templates = Files.list(ROOT.resolve("query-api/src/main/resources/elasticsearch"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode json = JSON.readTree(template.toFile());
                String alias = json.path("index_patterns").path(0).asText().replace("-v*", "");
                Map<String, String> fields = new HashMap<>();
                collectFields("", json.path("template").path("mappings").path("properties"), fields);
                result.put(alias, fields);
            }
        }
        return result;
    }

    private static void collectFields(String prefix, JsonNode properties, Map<String, String> fields) {
        properties.fields().forEachRemaining(field -> {
            fields.put(prefix + field.getKey(), field.getValue().path("type").asText("object"));
            collectFields(prefix + field.getKey() + ".", field.getValue().path("properties"), fields);
        });
    }

    private static String aliasOf(List<JsonNode> objects, String viewId) {
        return objects.stream()
                .filter(o -> o.path("type").asText().equals("index-pattern")
                        && o.path("id").asText().equals(viewId))
                .map(o -> o.path("attributes").path("title").asText())
                .findFirst()
                .orElseThrow();
    }

    private static Set<String> kqlFields(String query) {
        Set<String> fields = new HashSet<>();
        // Quoted values may hold colons: drop them before looking for field names.
        Matcher matcher = KQL_FIELD.matcher(query.replaceAll("\"[^\"]*\"", "\"\""));
        while (matcher.find()) {
            fields.add(matcher.group(1));
        }
        return fields;
    }

    /** (data view, field, type) rows of deploy/kibana/FIELDS.md. */
    private static List<String[]> fieldRows() {
        List<String[]> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(ROOT.resolve("deploy/kibana/FIELDS.md"))) {
                String[] cells = line.trim().replaceAll("^\\||\\|$", "").split("\\|");
                if (cells.length == 4 && cells[0].trim().startsWith("shortlist-")) {
                    rows.add(new String[] {cells[0].trim(), cells[1].trim(), cells[2].trim()});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Set<String> optionalFields() {
        Set<String> optional = new HashSet<>();
        fieldRows().stream().filter(r -> r[2].contains("optional")).forEach(r -> optional.add(r[0] + "/" + r[1]));
        return optional;
    }

    private static String pomValue(Path pom, String element) {
        try {
            Element project = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(pom.toFile())
                    .getDocumentElement();
            for (var node = project.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element child && child.getTagName().equals(element)) {
                    return child.getTextContent().trim();
                }
            }
            throw new IllegalStateException(pom + " has no <" + element + ">");
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + pom, e);
        }
    }

    private static String pomProperty(String name) {
        try {
            Element project = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(ROOT.resolve("pom.xml").toFile())
                    .getDocumentElement();
            var properties = project.getElementsByTagName(name);
            assertThat(properties.getLength())
                    .as("<%s> in the parent pom", name)
                    .isPositive();
            return properties.item(0).getTextContent().trim();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the parent pom", e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    private static List<Object> list(Object value) {
        return value == null ? List.of() : new ArrayList<>((List<?>) value);
    }
}
