package io.touchpoint.kafka;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Map;

/**
 * What {@link KafkaStoreFeeder} reads and when it stops.
 *
 * @param bootstrapServers e.g. {@code localhost:9092}
 * @param topic the events topic
 * @param groupId the consumer group; its committed offsets are where a re-run resumes
 * @param maxRecords stop after this many messages; 0 for no limit
 * @param untilIdle stop when no message arrived for this long; null to run until {@code maxRecords}
 *     or until {@link KafkaStoreFeeder#stop()}
 * @param batchSize interactions per atomic store write
 * @param consumerProperties extra Kafka consumer settings (security, timeouts); may override the defaults
 *     except {@code enable.auto.commit}, which stays off
 */
public record KafkaIngestOptions(String bootstrapServers, String topic, String groupId, long maxRecords,
        Duration untilIdle, int batchSize, Map<String, String> consumerProperties) {

    public static final String DEFAULT_GROUP = "touchpoint-ingest";

    public KafkaIngestOptions {
        requireNonNull(bootstrapServers, "bootstrapServers is null");
        if (bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("bootstrap servers are blank: give host:port, e.g. localhost:9092");
        }
        requireNonNull(topic, "topic is null");
        if (topic.isBlank()) {
            throw new IllegalArgumentException("topic is blank");
        }
        requireNonNull(groupId, "groupId is null");
        if (groupId.isBlank()) {
            throw new IllegalArgumentException("group id is blank");
        }
        if (maxRecords < 0) {
            throw new IllegalArgumentException("maxRecords is negative: " + maxRecords);
        }
        if (untilIdle != null && (untilIdle.isNegative() || untilIdle.isZero())) {
            throw new IllegalArgumentException("untilIdle must be positive, got " + untilIdle);
        }
        if (batchSize < 1 || batchSize > 100_000) {
            throw new IllegalArgumentException("batchSize must be 1-100000, got " + batchSize);
        }
        consumerProperties = Map.copyOf(requireNonNull(consumerProperties, "consumerProperties is null"));
    }

    public static KafkaIngestOptions of(String bootstrapServers, String topic) {
        return new KafkaIngestOptions(bootstrapServers, topic, DEFAULT_GROUP, 0, null, 1000, Map.of());
    }

    public KafkaIngestOptions withGroup(String group) {
        return new KafkaIngestOptions(bootstrapServers, topic, group, maxRecords, untilIdle, batchSize, consumerProperties);
    }

    public KafkaIngestOptions withMaxRecords(long max) {
        return new KafkaIngestOptions(bootstrapServers, topic, groupId, max, untilIdle, batchSize, consumerProperties);
    }

    public KafkaIngestOptions withUntilIdle(Duration idle) {
        return new KafkaIngestOptions(bootstrapServers, topic, groupId, maxRecords, idle, batchSize, consumerProperties);
    }

    public KafkaIngestOptions withBatchSize(int size) {
        return new KafkaIngestOptions(bootstrapServers, topic, groupId, maxRecords, untilIdle, size, consumerProperties);
    }

    public KafkaIngestOptions withConsumerProperties(Map<String, String> properties) {
        return new KafkaIngestOptions(bootstrapServers, topic, groupId, maxRecords, untilIdle, batchSize, properties);
    }
}
