package io.touchpoint.scale.flink;

import static java.util.Objects.requireNonNull;

import io.touchpoint.kafka.Topics;
import io.touchpoint.scale.PipelineSpec;
import java.time.Duration;

/**
 * One deployment of {@link LiveAnalysisJob}.
 *
 * @param exactlyOnce Kafka transactions committed on each checkpoint (consumers read
 *     {@code read_committed}; output appears once per checkpoint interval); false for
 *     at-least-once with the lowest latency
 * @param transactionalIdPrefix unique per job on a cluster: Kafka fences producers by it
 */
public record LiveJobOptions(String bootstrapServers, String eventsTopic, String findingsTopic, String alertsTopic,
        String groupId, Duration checkpointInterval, boolean exactlyOnce, String transactionalIdPrefix,
        PipelineSpec spec) {

    public LiveJobOptions {
        requireNonNull(bootstrapServers, "bootstrapServers is null");
        requireNonNull(eventsTopic, "eventsTopic is null");
        requireNonNull(findingsTopic, "findingsTopic is null");
        requireNonNull(alertsTopic, "alertsTopic is null");
        requireNonNull(groupId, "groupId is null");
        requireNonNull(checkpointInterval, "checkpointInterval is null");
        requireNonNull(transactionalIdPrefix, "transactionalIdPrefix is null");
        requireNonNull(spec, "spec is null");
        if (checkpointInterval.toMillis() < 100) {
            throw new IllegalArgumentException("checkpointInterval must be at least 100 ms, got " + checkpointInterval);
        }
    }

    /** The default topics, a 5 s checkpoint interval, exactly once. */
    public static LiveJobOptions of(String bootstrapServers) {
        return new LiveJobOptions(bootstrapServers, Topics.EVENTS, Topics.FINDINGS, Topics.ALERTS, "touchpoint-live",
                Duration.ofSeconds(5), true, "touchpoint-live", PipelineSpec.standard());
    }

    public LiveJobOptions withTopics(String events, String findings, String alerts) {
        return new LiveJobOptions(bootstrapServers, events, findings, alerts, groupId, checkpointInterval, exactlyOnce,
                transactionalIdPrefix, spec);
    }

    public LiveJobOptions withCheckpointInterval(Duration interval) {
        return new LiveJobOptions(bootstrapServers, eventsTopic, findingsTopic, alertsTopic, groupId, interval,
                exactlyOnce, transactionalIdPrefix, spec);
    }

    public LiveJobOptions withExactlyOnce(boolean on) {
        return new LiveJobOptions(bootstrapServers, eventsTopic, findingsTopic, alertsTopic, groupId,
                checkpointInterval, on, transactionalIdPrefix, spec);
    }

    public LiveJobOptions withGroupAndPrefix(String group, String prefix) {
        return new LiveJobOptions(bootstrapServers, eventsTopic, findingsTopic, alertsTopic, group, checkpointInterval,
                exactlyOnce, prefix, spec);
    }

    public LiveJobOptions withSpec(PipelineSpec value) {
        return new LiveJobOptions(bootstrapServers, eventsTopic, findingsTopic, alertsTopic, groupId,
                checkpointInterval, exactlyOnce, transactionalIdPrefix, value);
    }
}
