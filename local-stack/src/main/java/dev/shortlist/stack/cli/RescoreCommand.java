package dev.shortlist.stack.cli;

import dev.shortlist.schemas.admin.RescoreRequested;
import dev.shortlist.schemas.admin.RescoreScope;
import dev.shortlist.schemas.common.EventMetadata;
import dev.shortlist.schemas.topic.TopicCatalog;
import dev.shortlist.stack.BuildInfo;
import dev.shortlist.stack.StackSettings;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "rescore", description = "Rescore every resume screened against a job with the current scorer.")
final class RescoreCommand implements Callable<Integer> {

    @Option(names = "--job", required = true, description = "Job id.")
    String jobId;

    @Option(
            names = "--org",
            defaultValue = "demo",
            description = "Organization owning the job (default: ${DEFAULT-VALUE}).")
    String organization;

    @Option(names = "--reason", description = "Why, for the audit trail.")
    String reason;

    @Override
    public Integer call() throws Exception {
        StackSettings settings = StackSettings.fromEnvironment();
        TopicCatalog catalog = new TopicCatalog(Map.of("schema.registry.url", settings.schemaRegistryUrl()), 3);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        RescoreRequested request = RescoreRequested.newBuilder()
                .setMetadata(EventMetadata.newBuilder()
                        .setEventId(UUID.randomUUID().toString())
                        .setOccurredAt(Instant.now())
                        .setOrganizationId(organization)
                        .setActor("shortlist-cli")
                        .setProducer("shortlist-cli/" + BuildInfo.projectVersion())
                        .build())
                .setScope(RescoreScope.JOB)
                .setJobId(jobId)
                .setReason(reason)
                .build();
        try (KafkaProducer<String, RescoreRequested> producer = new KafkaProducer<>(
                props,
                catalog.rescores().keySerde().serializer(),
                catalog.rescores().valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(catalog.rescores().name(), jobId, request))
                    .get();
        }
        System.out.println("Rescore of " + jobId + " requested.");
        return 0;
    }
}
