package dev.shortlist.stack.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The subset of Confluent Schema Registry's REST API that Confluent's Avro serializers and
 * deserializers call, plus the administration calls a developer uses, over the JDK's HTTP server.
 *
 * <p>Answers use Confluent's content type and error bodies. Every route it does not serve answers
 * 404 with a Confluent body: Confluent's clients probe optional routes (such as {@code
 * /associations/...}) and fall back only on a 404. Unknown query parameters are ignored.
 */
public final class SchemaRegistryServer implements AutoCloseable {

    public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchemaRegistry registry;
    private final HttpServer server;
    private final ExecutorService executor;

    private SchemaRegistryServer(SchemaRegistry registry, HttpServer server, ExecutorService executor) {
        this.registry = registry;
        this.server = server;
        this.executor = executor;
    }

    /** Starts serving {@code registry} on 127.0.0.1; port 0 picks a free port. */
    public static SchemaRegistryServer start(SchemaRegistry registry, int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "schema-registry-http-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        SchemaRegistryServer server = new SchemaRegistryServer(registry, http, executor);
        http.createContext("/", server::handle);
        http.setExecutor(executor);
        http.start();
        return server;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Response response;
            try {
                response = route(
                        exchange.getRequestMethod(),
                        segments(exchange.getRequestURI().getRawPath()),
                        queryParameters(exchange.getRequestURI().getRawQuery()),
                        exchange.getRequestBody());
            } catch (RegistryException e) {
                response = error(e.httpStatus(), e.errorCode(), e.getMessage());
            } catch (BadRequest e) {
                response = error(400, 400, e.getMessage());
            } catch (RuntimeException e) {
                response = error(500, 50001, "Error in the backend data store: " + e.getMessage());
            }
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            byte[] body = response.body() == null ? new byte[0] : JSON.writeValueAsBytes(response.body());
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private record Response(int status, Object body) {
        static Response ok(Object body) {
            return new Response(200, body);
        }
    }

    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    private Response route(String method, List<String> path, Map<String, String> query, InputStream body)
            throws IOException {
        String p0 = path.size() > 0 ? path.get(0) : "";
        int n = path.size();
        switch (method) {
            case "GET" -> {
                if (n == 0) {
                    return Response.ok(JSON.createObjectNode());
                }
                if (n == 1 && p0.equals("health")) {
                    return Response.ok(JSON.createObjectNode().put("status", "UP"));
                }
                if (n == 1 && p0.equals("subjects")) {
                    return Response.ok(registry.subjects(flag(query, "deleted")));
                }
                if (n == 3 && p0.equals("subjects") && path.get(2).equals("versions")) {
                    return Response.ok(registry.versions(path.get(1)));
                }
                if (n == 4 && p0.equals("subjects") && path.get(2).equals("versions")) {
                    return Response.ok(versionBody(registry.version(path.get(1), path.get(3))));
                }
                if (n == 5
                        && p0.equals("subjects")
                        && path.get(2).equals("versions")
                        && path.get(4).equals("schema")) {
                    return Response.ok(JSON.readTree(
                            registry.version(path.get(1), path.get(3)).schema()));
                }
                if (n == 5
                        && p0.equals("subjects")
                        && path.get(2).equals("versions")
                        && path.get(4).equals("referencedby")) {
                    return Response.ok(registry.referencedBy(path.get(1), path.get(3)));
                }
                if (n == 2 && p0.equals("schemas") && path.get(1).equals("types")) {
                    return Response.ok(List.of("AVRO"));
                }
                if (n >= 3 && n <= 4 && p0.equals("schemas") && path.get(1).equals("ids")) {
                    return schemaById(id(path.get(2)), n == 4 ? path.get(3) : null, flag(query, "fetchMaxId"));
                }
                if (n == 1 && p0.equals("config")) {
                    return Response.ok(JSON.createObjectNode()
                            .put("compatibilityLevel", registry.globalLevel().name()));
                }
                if (n == 2 && p0.equals("config")) {
                    CompatibilityLevel level = registry.subjectLevel(path.get(1), flag(query, "defaultToGlobal"));
                    return Response.ok(JSON.createObjectNode().put("compatibilityLevel", level.name()));
                }
                if ((n == 1 || n == 2) && p0.equals("mode")) {
                    return Response.ok(JSON.createObjectNode().put("mode", "READWRITE"));
                }
                if (n == 1 && p0.equals("contexts")) {
                    return Response.ok(List.of("."));
                }
            }
            case "POST" -> {
                if (n == 3 && p0.equals("subjects") && path.get(2).equals("versions")) {
                    SchemaRequest request = schemaRequest(body);
                    int id = registry.register(path.get(1), request.schema(), request.references());
                    return Response.ok(JSON.createObjectNode().put("id", id));
                }
                if (n == 2 && p0.equals("subjects")) {
                    SchemaRequest request = schemaRequest(body);
                    return Response.ok(
                            versionBody(registry.lookup(path.get(1), request.schema(), request.references())));
                }
                if ((n == 4 || n == 5)
                        && p0.equals("compatibility")
                        && path.get(1).equals("subjects")
                        && path.get(3).equals("versions")) {
                    SchemaRequest request = schemaRequest(body);
                    List<String> messages = registry.compatibility(
                            path.get(2), n == 5 ? path.get(4) : null, request.schema(), request.references());
                    ObjectNode result = JSON.createObjectNode().put("is_compatible", messages.isEmpty());
                    if (flag(query, "verbose")) {
                        ArrayNode array = result.putArray("messages");
                        messages.forEach(array::add);
                    }
                    return Response.ok(result);
                }
            }
            case "PUT" -> {
                if ((n == 1 || n == 2) && p0.equals("config")) {
                    JsonNode request = readJson(body);
                    String requested = request.path("compatibility")
                            .asText(request.path("compatibilityLevel").asText(null));
                    CompatibilityLevel level = CompatibilityLevel.parse(requested);
                    registry.setLevel(n == 2 ? path.get(1) : null, level);
                    return Response.ok(JSON.createObjectNode().put("compatibility", level.name()));
                }
            }
            case "DELETE" -> {
                if (n == 2 && p0.equals("subjects")) {
                    return Response.ok(registry.deleteSubject(path.get(1), flag(query, "permanent")));
                }
                if (n == 4 && p0.equals("subjects") && path.get(2).equals("versions")) {
                    return Response.ok(registry.deleteVersion(path.get(1), path.get(3), flag(query, "permanent")));
                }
                if (n == 2 && p0.equals("config")) {
                    CompatibilityLevel previous = registry.clearLevel(path.get(1));
                    return Response.ok(JSON.createObjectNode().put("compatibilityLevel", previous.name()));
                }
            }
            default -> {
                // Falls through to the 404 below.
            }
        }
        return error(404, 404, "HTTP 404 Not Found");
    }

    private Response schemaById(int id, String aspect, boolean fetchMaxId) throws IOException {
        if (aspect == null) {
            SchemaRegistry.RegisteredSchema schema = registry.schemaById(id);
            // schemaType is left out for Avro, as Confluent's registry does.
            ObjectNode node = JSON.createObjectNode().put("schema", schema.schema());
            putReferences(node, schema.references());
            if (fetchMaxId) {
                node.put("maxId", registry.maxId());
            }
            return Response.ok(node);
        }
        return switch (aspect) {
            case "schema" -> Response.ok(JSON.readTree(registry.schemaById(id).schema()));
            case "subjects" ->
                Response.ok(registry.usagesOf(id).stream()
                        .map(SchemaRegistry.RegisteredSchema::subject)
                        .distinct()
                        .toList());
            case "versions" -> {
                ArrayNode array = JSON.createArrayNode();
                registry.usagesOf(id)
                        .forEach(u ->
                                array.addObject().put("subject", u.subject()).put("version", u.version()));
                yield Response.ok(array);
            }
            default -> error(404, 404, "HTTP 404 Not Found");
        };
    }

    private static ObjectNode versionBody(SchemaRegistry.RegisteredSchema schema) {
        ObjectNode node = JSON.createObjectNode()
                .put("subject", schema.subject())
                .put("version", schema.version())
                .put("id", schema.id())
                .put("schema", schema.schema());
        putReferences(node, schema.references());
        return node;
    }

    private static void putReferences(ObjectNode node, List<SchemaReference> references) {
        if (!references.isEmpty()) {
            ArrayNode array = node.putArray("references");
            references.forEach(r -> array.addObject()
                    .put("name", r.name())
                    .put("subject", r.subject())
                    .put("version", r.version()));
        }
    }

    private record SchemaRequest(String schema, List<SchemaReference> references) {}

    private static SchemaRequest schemaRequest(InputStream body) throws IOException {
        JsonNode request = readJson(body);
        String type = request.path("schemaType").asText("AVRO");
        if (!type.equalsIgnoreCase("AVRO")) {
            throw RegistryException.invalidSchema("schema type " + type + " is not supported, only AVRO");
        }
        JsonNode schema = request.path("schema");
        if (!schema.isTextual()) {
            throw RegistryException.invalidSchema("the request has no \"schema\" string");
        }
        List<SchemaReference> references = new ArrayList<>();
        for (JsonNode r : request.path("references")) {
            references.add(new SchemaReference(
                    r.path("name").asText(),
                    r.path("subject").asText(),
                    r.path("version").asInt()));
        }
        return new SchemaRequest(schema.asText(), references);
    }

    private static JsonNode readJson(InputStream body) throws IOException {
        byte[] bytes = readAll(body);
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new BadRequest("The request body must be a JSON object");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new BadRequest("Malformed JSON: " + e.getOriginalMessage());
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    private static Response error(int status, int code, String message) {
        return new Response(
                status, JSON.createObjectNode().put("error_code", code).put("message", message));
    }

    private static int id(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw RegistryException.schemaNotFound("Schema " + text + " not found");
        }
    }

    private static boolean flag(Map<String, String> query, String name) {
        return Boolean.parseBoolean(query.getOrDefault(name, "false"));
    }

    private static List<String> segments(String rawPath) {
        if (rawPath == null) {
            return List.of();
        }
        return Arrays.stream(rawPath.split("/"))
                .filter(s -> !s.isEmpty())
                .map(SchemaRegistryServer::percentDecode)
                .toList();
    }

    private static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = percentDecode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "true" : percentDecode(pair.substring(eq + 1));
                query.put(name, value);
            }
        }
        return query;
    }

    /** Decodes %XX escapes only: a '+' in a subject name stays a '+'. */
    private static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%'
                    && i + 2 < text.length()
                    && HexFormat.isHexDigit(text.charAt(i + 1))
                    && HexFormat.isHexDigit(text.charAt(i + 2))) {
                out.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
