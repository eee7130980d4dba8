package dev.shortlist.stack;

import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.schemas.topic.TopicProvisioner;
import dev.shortlist.schemas.topic.TopicSettings;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** The topics of the catalog on the stack's broker, created by the same admin step as in production. */
final class StackTopics {

    private StackTopics() {}

    /**
     * Creates the catalog's missing topics (3 partitions, one replica) and verifies the others, so the
     * embedded run and every {@code @LocalStackTest} find them; the applications only check them.
     */
    static void provision(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "local-stack-topics");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000);
        try (Admin admin = Admin.create(props)) {
            TopicSettings topics = TopicSettings.local();
            new TopicProvisioner(admin, Duration.ofSeconds(30))
                    .provision(TopicCatalog.specs(topics.partitions()), topics.replicas())
                    .requireOk();
        }
    }
}
