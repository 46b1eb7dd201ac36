package io.touchpoint.scale.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.kafka.EmbeddedKafka;
import io.touchpoint.kafka.EventPublisher;
import io.touchpoint.kafka.FindingRecord;
import io.touchpoint.kafka.LiveEvent;
import io.touchpoint.kafka.TopicJson;
import io.touchpoint.scale.PipelineSpec;
import io.touchpoint.scale.ScalePipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live job on Flink's MiniCluster against a real Kafka broker: killed mid-stream, restored from
 * its last checkpoint, it must send every finding and alert exactly once.
 */
class LiveAnalysisJobTest {

    private static final Duration DEADLINE = Duration.ofSeconds(180);

    @TempDir
    Path temp;

    /** Everything a read_committed consumer has seen on a topic so far. */
    private static final class TopicReader implements AutoCloseable {
        private final KafkaConsumer<byte[], byte[]> consumer;
        final List<byte[]> values = new ArrayList<>();

        TopicReader(String bootstrap, String topic) {
            Properties properties = new Properties();
            properties.put("bootstrap.servers", bootstrap);
            properties.put("isolation.level", "read_committed");
            consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        int poll() {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                values.add(record.value());
            }
            return values.size();
        }

        @Override
        public void close() {
            consumer.close();
        }
    }

    private StreamExecutionEnvironment environment(Optional<Path> restoreFrom) {
        Configuration configuration = new Configuration();
        configuration.setString("execution.checkpointing.dir", temp.resolve("checkpoints").toUri().toString());
        restoreFrom.ifPresent(path -> configuration.setString("execution.state-recovery.path", path.toUri().toString()));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(configuration);
        env.setParallelism(2);
        return env;
    }

    private static Optional<Path> latestCheckpoint(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.getFileName().toString().equals("_metadata"))
                    .map(Path::getParent)
                    .filter(dir -> dir.getFileName().toString().startsWith("chk-"))
                    .max((a, b) -> Integer.compare(number(a), number(b)));
        }
    }

    private static int number(Path checkpoint) {
        return Integer.parseInt(checkpoint.getFileName().toString().substring("chk-".length()));
    }

    private static List<String> findingIds(List<byte[]> values) throws Exception {
        List<String> ids = new ArrayList<>();
        for (byte[] value : values) {
            FindingRecord record = TopicJson.decodeFinding(value);
            ids.add(record.findingId());
        }
        return ids;
    }

    @Test
    void aJobKilledMidStreamAndRestoredFromItsCheckpointSendsEachFindingAndAlertOnce() throws Exception {
        PipelineSpec spec = PipelineSpec.standard();
        List<LiveEvent> events = LiveEvents.interleaved(LiveEvents.conversations(10, 11), Instant.parse("2026-03-02T10:00:00Z"));
        LiveEvents.Expected expected = LiveEvents.expected(new LiveStep(ScalePipeline.of(spec),
                ScalePipeline.version(spec)), events);
        assertThat(expected.findingIds()).hasSizeGreaterThan(100);

        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            kafka.createTopics(2, "events");
            kafka.createTopics(1, "findings", "alerts");
            LiveJobOptions options = LiveJobOptions.of(kafka.bootstrapServers()).withTopics("events", "findings", "alerts")
                    .withGroupAndPrefix("live-test", "live-test").withCheckpointInterval(Duration.ofMillis(400))
                    .withSpec(spec);

            StreamExecutionEnvironment first = environment(Optional.empty());
            LiveAnalysisJob.build(first, options);
            JobClient job = first.executeAsync("live-1");

            AtomicBoolean published = new AtomicBoolean();
            Thread producer = Thread.ofPlatform().name("event-producer").start(() -> {
                try (EventPublisher publisher = new EventPublisher(kafka.bootstrapServers(), "events")) {
                    for (LiveEvent event : events) {
                        EventPublisher.await(publisher.publish(event));
                        Thread.sleep(15);
                    }
                    published.set(true);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });

            try (TopicReader findings = new TopicReader(kafka.bootstrapServers(), "findings");
                    TopicReader alerts = new TopicReader(kafka.bootstrapServers(), "alerts")) {
                long deadline = System.nanoTime() + DEADLINE.toNanos();
                // Kill the job once a quarter of the findings are committed, while events keep coming.
                while (findings.poll() < expected.findingIds().size() / 4 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                job.cancel().get();
                int seenAtKill = findings.poll();
                assertThat(seenAtKill).isBetween(1, expected.findingIds().size() - 1);
                assertThat(published).as("the kill must come mid-stream").isFalse();

                Path checkpoint = latestCheckpoint(temp.resolve("checkpoints")).orElseThrow();
                StreamExecutionEnvironment second = environment(Optional.of(checkpoint));
                LiveAnalysisJob.build(second, options);
                JobClient restored = second.executeAsync("live-2");
                try {
                    while ((findings.poll() < expected.findingIds().size()
                            || alerts.poll() < expected.alertIds().size()) && System.nanoTime() < deadline) {
                        Thread.sleep(100);
                    }
                    producer.join(DEADLINE.toMillis());
                    // Two more checkpoints' worth: a duplicate would show up now.
                    for (int i = 0; i < 10; i++) {
                        findings.poll();
                        alerts.poll();
                    }
                } finally {
                    restored.cancel().get();
                }

                List<String> ids = findingIds(findings.values);
                assertThat(ids).doesNotHaveDuplicates();
                assertThat(new HashSet<>(ids)).isEqualTo(expected.findingIds());
                List<String> alertIds = new ArrayList<>();
                for (byte[] value : alerts.values) {
                    alertIds.add(TopicJson.decodeAlert(value).alertId());
                }
                assertThat(alertIds).doesNotHaveDuplicates();
                assertThat(new HashSet<>(alertIds)).isEqualTo(expected.alertIds());
            }
        }
    }

    @Test
    void optionsRejectACheckpointIntervalTooShortToCommit() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LiveJobOptions.of("h:1")
                .withCheckpointInterval(Duration.ofMillis(10))).hasMessageContaining("checkpointInterval");
    }
}
