package dev.shortlist.schemas.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TopicsCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void argumentsBecomeSettings() {
        TopicsCommand.Options options = TopicsCommand.Options.parse(new String[] {
            "--bootstrap-servers",
            "kafka:9092",
            "--partitions",
            "6",
            "--replication-factor",
            "3",
            "--check",
            "--timeout",
            "5"
        });
        assertThat(options.bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(options.settings()).isEqualTo(new TopicSettings(6, 3));
        assertThat(options.check()).isTrue();
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void defaultsAreTheLocalStacks() {
        TopicsCommand.Options options =
                TopicsCommand.Options.parse(new String[] {"--bootstrap-servers", "127.0.0.1:9092"});
        assertThat(options.settings()).isEqualTo(TopicSettings.local());
        assertThat(options.check()).isFalse();
    }

    @Test
    void aMissingBootstrapServerIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("--bootstrap-servers is required").contains("Usage: TopicsCommand");
    }

    @Test
    void aZeroPartitionCountIsRefused() {
        assertThat(run("--bootstrap-servers", "127.0.0.1:9092", "--partitions", "0"))
                .isEqualTo(2);
        assertThat(err()).contains("--partitions must be at least 1: 0");
    }

    @Test
    void anUnknownArgumentIsRefused() {
        assertThat(run("--bootstrap-servers", "127.0.0.1:9092", "--partitons", "3"))
                .isEqualTo(2);
        assertThat(err()).contains("Unknown argument: --partitons");
    }

    private int run(String... args) {
        return TopicsCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
