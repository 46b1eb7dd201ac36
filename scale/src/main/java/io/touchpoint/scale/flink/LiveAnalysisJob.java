package io.touchpoint.scale.flink;

import static java.util.Objects.requireNonNull;

import io.touchpoint.kafka.TopicJson;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The live analysis on Flink: events topic in (keyed by interaction id), {@link LiveAnalysisFunction}
 * on each conversation, findings and alerts topics out.
 *
 * <p><b>Exactly once.</b> Checkpoints hold the source offsets and every conversation's state; the
 * Kafka sink writes in transactions that commit when a checkpoint completes. A job that dies and
 * is restored from its last checkpoint re-reads the events after it, and the transaction of the
 * lost work was never committed: a {@code read_committed} consumer sees each finding once.
 *
 * <pre>{@code
 * StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
 * LiveAnalysisJob.build(env, LiveJobOptions.of("kafka:9092"));
 * env.execute("touchpoint-live");
 * }</pre>
 */
public final class LiveAnalysisJob {

    private LiveAnalysisJob() {
    }

    /** Adds the job's source, analysis and sink to {@code env} and turns on checkpointing. */
    public static void build(StreamExecutionEnvironment env, LiveJobOptions options) {
        requireNonNull(env, "env is null");
        requireNonNull(options, "options is null");
        env.enableCheckpointing(options.checkpointInterval().toMillis(),
                options.exactlyOnce() ? CheckpointingMode.EXACTLY_ONCE : CheckpointingMode.AT_LEAST_ONCE);
        // A cancelled job can be restarted from its last checkpoint (execution.state-recovery.path).
        env.getCheckpointConfig().setExternalizedCheckpointRetention(
                ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);

        KafkaSource<String> source = KafkaSource.<String>builder()
                .setBootstrapServers(options.bootstrapServers())
                .setTopics(options.eventsTopic())
                .setGroupId(options.groupId())
                // Offsets come from the checkpoint when restoring; a new job starts at the group's offsets or the start.
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setValueOnlyDeserializer(new SimpleStringSchema(StandardCharsets.UTF_8))
                .setProperty("isolation.level", "read_committed")
                .build();

        KafkaSink<TopicMessage> sink = KafkaSink.<TopicMessage>builder()
                .setBootstrapServers(options.bootstrapServers())
                .setRecordSerializer(new TopicSerializer(options.findingsTopic(), options.alertsTopic()))
                .setDeliveryGuarantee(options.exactlyOnce() ? DeliveryGuarantee.EXACTLY_ONCE
                        : DeliveryGuarantee.AT_LEAST_ONCE)
                .setTransactionalIdPrefix(options.transactionalIdPrefix())
                // Below the broker's transaction.max.timeout.ms (15 min by default), above any checkpoint pause.
                .setProperty("transaction.timeout.ms", "600000")
                .setProperty("linger.ms", "0")
                .build();

        env.fromSource(source, WatermarkStrategy.noWatermarks(), "events")
                .uid("events-source")
                .keyBy(new InteractionKey())
                .process(new LiveAnalysisFunction(options.spec()))
                .uid("live-analysis")
                .name("live analysis")
                .sinkTo(sink)
                .uid("findings-alerts-sink")
                .name("findings and alerts");
    }

    /** The interaction id of an event; events without one share the empty key and are skipped there. */
    static final class InteractionKey implements KeySelector<String, String> {
        private static final long serialVersionUID = 1L;

        @Override
        public String getKey(String value) {
            String id = TopicJson.interactionIdOf(value.getBytes(StandardCharsets.UTF_8));
            return id == null ? "" : id;
        }
    }

    /** Routes each message to its topic, keyed by interaction id. */
    static final class TopicSerializer implements KafkaRecordSerializationSchema<TopicMessage> {
        private static final long serialVersionUID = 1L;

        private final String findingsTopic;
        private final String alertsTopic;

        TopicSerializer(String findingsTopic, String alertsTopic) {
            this.findingsTopic = findingsTopic;
            this.alertsTopic = alertsTopic;
        }

        @Override
        public ProducerRecord<byte[], byte[]> serialize(TopicMessage message, KafkaSinkContext context, Long timestamp) {
            String topic = TopicMessage.ALERTS.equals(message.output) ? alertsTopic : findingsTopic;
            return new ProducerRecord<>(topic, message.key.getBytes(StandardCharsets.UTF_8), message.value);
        }
    }
}
