package dev.shortlist.query.projection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Index administration: templates with explicit mappings, versioned indices behind aliases, and the
 * atomic alias swap that finishes a rebuild.
 *
 * <p>A rebuild creates {@code <alias>-v<n+1>}, replays the topics into it (a projector writing to the
 * concrete index with its own consumer group) and then moves the alias in one {@code _aliases} call,
 * so readers see either the old or the new projection, never a mix.
 */
public final class ProjectionIndices {

    private static final Logger log = LoggerFactory.getLogger(ProjectionIndices.class);

    private final ElasticsearchClient client;

    public ProjectionIndices(ElasticsearchClient client) {
        this.client = client;
    }

    /** Puts every template and creates {@code <alias>-v<version>} with its alias where the alias is missing. */
    public void bootstrap(int version) throws IOException {
        for (Projection projection : Projection.values()) {
            putTemplate(projection);
            if (!client.indices().existsAlias(a -> a.name(projection.alias())).value()) {
                createIndex(projection, version);
                swapAlias(projection, projection.index(version));
                log.info("Created index {} behind alias {}", projection.index(version), projection.alias());
            }
        }
    }

    public void putTemplate(Projection projection) throws IOException {
        try (InputStream json = template(projection)) {
            client.indices().putIndexTemplate(t -> t.name(projection.alias()).withJson(json));
        }
    }

    /** Creates the concrete index of a version (mappings come from the template) unless it exists. */
    public void createIndex(Projection projection, int version) throws IOException {
        String index = projection.index(version);
        if (!client.indices().exists(e -> e.index(index)).value()) {
            client.indices().create(c -> c.index(index));
        }
    }

    /** The concrete indices the alias points at now. */
    public List<String> indicesBehind(Projection projection) throws IOException {
        if (!client.indices().existsAlias(a -> a.name(projection.alias())).value()) {
            return List.of();
        }
        GetAliasResponse response = client.indices().getAlias(a -> a.name(projection.alias()));
        return new ArrayList<>(response.aliases().keySet());
    }

    /** Points the alias at {@code index} only, in one atomic {@code _aliases} request. */
    public void swapAlias(Projection projection, String index) throws IOException {
        List<String> current = indicesBehind(projection);
        client.indices().updateAliases(u -> {
            for (String old : current) {
                if (!old.equals(index)) {
                    u.actions(a -> a.remove(r -> r.index(old).alias(projection.alias())));
                }
            }
            return u.actions(
                    a -> a.add(add -> add.index(index).alias(projection.alias()).isWriteIndex(true)));
        });
    }

    /** Makes every write to the index visible to searches. */
    public void refresh(String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
    }

    /** Deletes a concrete index no alias points at any more (after a swap). */
    public void deleteIndex(String index) throws IOException {
        client.indices().delete(d -> d.index(index));
    }

    /** The version number of the index currently behind the alias, if any. */
    public Optional<Integer> currentVersion(Projection projection) throws IOException {
        return indicesBehind(projection).stream()
                .map(index -> index.substring(index.lastIndexOf("-v") + 2))
                .map(Integer::parseInt)
                .max(Integer::compare);
    }

    private static InputStream template(Projection projection) {
        InputStream in = ProjectionIndices.class.getClassLoader().getResourceAsStream(projection.templateResource());
        if (in == null) {
            throw new UncheckedIOException(new IOException("Missing " + projection.templateResource()));
        }
        return in;
    }
}
