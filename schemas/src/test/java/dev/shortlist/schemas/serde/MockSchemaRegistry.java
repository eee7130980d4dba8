package dev.shortlist.schemas.serde;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * In-memory registries addressed as {@code schema.registry.url=mock://<scope>}, for
 * {@code TopologyTestDriver} and other unit tests (as in Confluent's serde): serdes that Kafka
 * Streams instantiates by reflection find each other through the scope name. Integration tests use
 * the real registry over HTTP.
 */
public final class MockSchemaRegistry implements SchemaRegistryClientFactory {

    static final String PREFIX = "mock://";

    private static final Map<String, InMemoryClient> SCOPES = new ConcurrentHashMap<>();

    @Override
    public boolean accepts(String url) {
        return url.startsWith(PREFIX);
    }

    @Override
    public SchemaRegistryClient create(List<String> urls, String basicAuthUserInfo) {
        return forScope(urls.get(0).substring(PREFIX.length()));
    }

    static SchemaRegistryClient forScope(String scope) {
        return SCOPES.computeIfAbsent(scope, s -> new InMemoryClient());
    }

    /** Forgets a scope; call it after a test. */
    public static void dropScope(String scope) {
        SCOPES.remove(scope);
    }

    private static final class InMemoryClient implements SchemaRegistryClient {

        private final List<Schema> schemas = new ArrayList<>();
        private final Map<String, List<Integer>> subjects = new ConcurrentHashMap<>();

        @Override
        public synchronized int register(String subject, Schema schema) {
            int id = schemas.indexOf(schema);
            if (id < 0) {
                schemas.add(schema);
                id = schemas.size() - 1;
            }
            List<Integer> versions = subjects.computeIfAbsent(subject, s -> new ArrayList<>());
            if (!versions.contains(id + 1)) {
                versions.add(id + 1);
            }
            return id + 1;
        }

        @Override
        public synchronized int lookup(String subject, Schema schema) {
            int id = schemas.indexOf(schema) + 1;
            if (id == 0 || !subjects.getOrDefault(subject, List.of()).contains(id)) {
                throw new SchemaRegistryException("Schema not found under subject " + subject, 404, 40403);
            }
            return id;
        }

        @Override
        public synchronized Schema schemaById(int id) {
            if (id < 1 || id > schemas.size()) {
                throw new SchemaRegistryException("Schema " + id + " not found", 404, 40403);
            }
            return schemas.get(id - 1);
        }

        @Override
        public synchronized RegisteredSchema latest(String subject) {
            List<Integer> versions = subjects.get(subject);
            if (versions == null || versions.isEmpty()) {
                throw new SchemaRegistryException("Subject '" + subject + "' not found.", 404, 40401);
            }
            int id = versions.get(versions.size() - 1);
            return new RegisteredSchema(subject, versions.size(), id, schemas.get(id - 1));
        }
    }
}
