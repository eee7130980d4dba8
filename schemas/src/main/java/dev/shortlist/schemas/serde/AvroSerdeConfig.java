package dev.shortlist.schemas.serde;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Serde settings, under the same keys as Confluent's serde so that swapping in
 * {@code io.confluent.kafka.serializers.KafkaAvroSerializer} is a configuration change.
 *
 * @param registryUrls         {@code schema.registry.url}: comma-separated base URLs (a {@link SchemaRegistryClientFactory} may serve other schemes)
 * @param autoRegisterSchemas  {@code auto.register.schemas}: register the writer schema when absent (default true)
 * @param useLatestVersion     {@code use.latest.version}: write with the subject's latest schema (default false)
 * @param specificAvroReader   {@code specific.avro.reader}: deserialize to generated classes (default false)
 * @param basicAuthUserInfo    {@code basic.auth.user.info}: {@code user:password} for registries behind basic auth
 */
public record AvroSerdeConfig(
        List<String> registryUrls,
        boolean autoRegisterSchemas,
        boolean useLatestVersion,
        boolean specificAvroReader,
        String basicAuthUserInfo) {

    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";

    public static AvroSerdeConfig from(Map<String, ?> configs) {
        Object url = configs.get(SCHEMA_REGISTRY_URL);
        if (url == null || url.toString().isBlank()) {
            throw new IllegalArgumentException("Missing required configuration '" + SCHEMA_REGISTRY_URL + "'");
        }
        List<String> urls = Arrays.stream(url.toString().split(","))
                .map(String::trim)
                .filter(u -> !u.isEmpty())
                .toList();
        return new AvroSerdeConfig(
                urls,
                flag(configs, AUTO_REGISTER_SCHEMAS, true),
                flag(configs, USE_LATEST_VERSION, false),
                flag(configs, SPECIFIC_AVRO_READER, false),
                configs.get(BASIC_AUTH_USER_INFO) == null
                        ? null
                        : configs.get(BASIC_AUTH_USER_INFO).toString());
    }

    SchemaRegistryClient newClient() {
        String first = registryUrls.get(0);
        for (SchemaRegistryClientFactory factory : ServiceLoader.load(SchemaRegistryClientFactory.class)) {
            if (factory.accepts(first)) {
                return factory.create(registryUrls, basicAuthUserInfo);
            }
        }
        return new RestSchemaRegistryClient(registryUrls, basicAuthUserInfo);
    }

    private static boolean flag(Map<String, ?> configs, String key, boolean defaultValue) {
        Object value = configs.get(key);
        return value == null ? defaultValue : Boolean.parseBoolean(value.toString());
    }
}
