package dev.shortlist.query.projection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.shortlist.query.system.QueryProperties;
import dev.shortlist.schemas.topic.Topic;
import dev.shortlist.schemas.topic.TopicCatalog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** Wiring of the projector: index setup, bulk writer, dead letters, the progress registry and the rebuild. */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    @Bean
    ProjectionIndices projectionIndices(ElasticsearchClient client) {
        return new ProjectionIndices(client);
    }

    @Bean
    IndexBootstrap indexBootstrap(ProjectionIndices indices, QueryProperties properties) {
        return new IndexBootstrap(
                indices,
                properties.bootstrap().indexVersion(),
                properties.bootstrap().timeout());
    }

    @Bean
    BatchProgressListeners batchProgressListeners() {
        return new BatchProgressListeners();
    }

    @Bean
    DeadLetters deadLetters(KafkaTemplate<byte[], byte[]> kafka, TopicCatalog catalog) {
        return new DeadLetters(kafka, catalog.projectionDeadLetters().name());
    }

    @Bean
    Projector projector(
            ElasticsearchClient client,
            DeadLetters deadLetters,
            TopicCatalog catalog,
            BatchProgressListeners listeners,
            QueryProperties properties) {
        return new Projector(
                new ProjectionMapper(),
                BulkWriter.toAliases(client, properties.projector().waitForRefresh()),
                new ProjectionLookups(client, Projection::alias),
                deadLetters,
                listeners,
                serializers(catalog));
    }

    @Bean
    @SuppressWarnings("unchecked")
    RebuildCommand rebuildCommand(
            ProjectionIndices indices,
            ElasticsearchClient client,
            ConsumerFactory<?, ?> consumers,
            DeadLetters deadLetters,
            TopicCatalog catalog,
            QueryProperties properties) {
        return new RebuildCommand(
                indices,
                client,
                (ConsumerFactory<String, Object>) consumers,
                deadLetters,
                serializers(catalog),
                properties.rebuild().timeout());
    }

    /** Value serializers of the projected topics (those the live listener reads), to dead-letter a read event in its wire format. */
    @SuppressWarnings("unchecked")
    static Map<String, Serializer<Object>> serializers(TopicCatalog catalog) {
        Map<String, Serializer<Object>> serializers = new HashMap<>();
        for (Topic<String, ?> topic : List.<Topic<String, ?>>of(
                catalog.jobs(),
                catalog.resumes(),
                catalog.parsedResumes(),
                catalog.screenings(),
                catalog.scoredScreenings(),
                catalog.batches(),
                catalog.batchProgress(),
                catalog.erasures())) {
            serializers.put(
                    topic.name(), (Serializer<Object>) topic.valueSerde().serializer());
        }
        return serializers;
    }
}
