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
import org.springframework.kafka.core.KafkaTemplate;

/** Wiring of the projector: index setup, bulk writer, dead letters and the progress registry. */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    @Bean
    ProjectionIndices projectionIndices(ElasticsearchClient client) {
        return new ProjectionIndices(client);
    }

    @Bean
    IndexBootstrap indexBootstrap(ProjectionIndices indices, QueryProperties properties) {
        return new IndexBootstrap(indices, properties.indexVersion(), properties.bootstrapTimeout());
    }

    @Bean
    BatchProgressListeners batchProgressListeners() {
        return new BatchProgressListeners();
    }

    @Bean
    Projector projector(ElasticsearchClient client, KafkaTemplate<byte[], byte[]> kafka, TopicCatalog catalog,
                        BatchProgressListeners listeners, QueryProperties properties) {
        return new Projector(new ProjectionMapper(), BulkWriter.toAliases(client, properties.waitForRefresh()),
                new ProjectionLookups(client, Projection::alias),
                new DeadLetters(kafka, catalog.projectionDeadLetters().name()), listeners, serializers(catalog));
    }

    /** Value serializers of the projected topics, to dead-letter a read event in its wire format. */
    @SuppressWarnings("unchecked")
    static Map<String, Serializer<Object>> serializers(TopicCatalog catalog) {
        Map<String, Serializer<Object>> serializers = new HashMap<>();
        for (Topic<String, ?> topic : List.<Topic<String, ?>>of(catalog.jobs(), catalog.resumes(),
                catalog.parsedResumes(), catalog.screenings(), catalog.scoredScreenings(), catalog.batches(),
                catalog.batchProgress(), catalog.erasures())) {
            serializers.put(topic.name(), (Serializer<Object>) topic.valueSerde().serializer());
        }
        return serializers;
    }
}
