package io.touchpoint.kafka;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.analysis.Pipeline;
import io.touchpoint.core.ingest.BatchWriter;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.ingest.IngestRecord;
import io.touchpoint.core.ingest.SourceLocation;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.progress.ProgressListener;
import io.touchpoint.ingest.DeadLetterWriter;
import io.touchpoint.ingest.InvalidFieldException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the embedded store from the events topic ({@code touchpoint ingest-kafka}): reads
 * {@code interaction} events (and plain canonical interaction objects), runs the ingest
 * preprocessing (PII redaction) on them and writes them in atomic batches. Offsets are committed
 * only after the batch they cover is stored, so a crash re-reads at most the last batch, and the
 * store's upsert by id makes that re-read harmless: effectively exactly once.
 *
 * <p>Live conversation events ({@code start}, {@code turn}, {@code end}) are for the Flink job or
 * the server; they are counted as skipped. A message that cannot be read goes to the dead-letter
 * file with its topic, partition and offset.
 *
 * <pre>{@code
 * try (KafkaStoreFeeder feeder = new KafkaStoreFeeder(KafkaIngestOptions.of("localhost:9092", "touchpoint.events")
 *         .withUntilIdle(Duration.ofSeconds(10)), store, deadLetters, redaction)) {
 *     KafkaStoreFeeder.Result result = feeder.run(ProgressListener.NONE);
 * }
 * }</pre>
 */
public final class KafkaStoreFeeder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaStoreFeeder.class);
    private static final Duration POLL = Duration.ofMillis(200);

    /** What a run did. */
    public record Result(long messages, long interactions, long skipped, long rejected, long batches) {
    }

    private final KafkaIngestOptions options;
    private final BatchWriter writer;
    private final DeadLetterWriter deadLetters;
    private final Pipeline preprocessing;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private volatile boolean stopped;

    /**
     * @param preprocessing runs on each interaction before its first write (PII redaction, routing);
     *     an empty pipeline for none
     */
    public KafkaStoreFeeder(KafkaIngestOptions options, BatchWriter writer, DeadLetterWriter deadLetters,
            Pipeline preprocessing) {
        this.options = requireNonNull(options, "options is null");
        this.writer = requireNonNull(writer, "writer is null");
        this.deadLetters = requireNonNull(deadLetters, "deadLetters is null");
        this.preprocessing = requireNonNull(preprocessing, "preprocessing is null");
        this.consumer = new KafkaConsumer<>(consumerProperties(options), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    static Properties consumerProperties(KafkaIngestOptions options) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, options.groupId());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Only what a transactional producer committed: an aborted write never reaches the store.
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(options.batchSize()));
        properties.putAll(options.consumerProperties());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return properties;
    }

    /** Makes {@link #run} return after the batch in progress is stored; callable from any thread. */
    public void stop() {
        stopped = true;
        consumer.wakeup();
    }

    /**
     * Consumes until {@code maxRecords} messages were read, the topic was idle for
     * {@code untilIdle}, or {@link #stop()}.
     *
     * @throws TouchpointException EXTERNAL when Kafka or the store fails; what was committed stays
     */
    public Result run(ProgressListener progress) {
        requireNonNull(progress, "progress is null");
        progress.start("reading " + options.topic(), options.maxRecords() > 0 ? options.maxRecords() : -1);
        Batch batch = new Batch();
        long messages = 0;
        long lastMessageAt = System.nanoTime();
        try {
            consumer.subscribe(List.of(options.topic()));
            LOG.info("Reading topic {} from {} as group {}", options.topic(), options.bootstrapServers(),
                    options.groupId());
            while (!stopped && (options.maxRecords() == 0 || messages < options.maxRecords())) {
                ConsumerRecords<byte[], byte[]> records;
                try {
                    records = consumer.poll(POLL);
                } catch (WakeupException e) {
                    break;
                }
                if (records.isEmpty()) {
                    if (options.untilIdle() != null
                            && System.nanoTime() - lastMessageAt >= options.untilIdle().toNanos()) {
                        LOG.info("No message for {} s: stopping", options.untilIdle().toSeconds());
                        break;
                    }
                    continue;
                }
                lastMessageAt = System.nanoTime();
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    if (options.maxRecords() > 0 && messages >= options.maxRecords()) {
                        break;
                    }
                    messages++;
                    batch.add(record);
                    if (batch.interactions.size() >= options.batchSize()) {
                        flush(batch, progress);
                    }
                }
                flush(batch, progress);
            }
            flush(batch, progress);
        } catch (KafkaException e) {
            throw TouchpointException.external("reading topic " + options.topic() + " from "
                    + options.bootstrapServers() + " failed: " + e.getMessage() + "; offsets of stored batches are "
                    + "committed, so a re-run resumes after them", e);
        } finally {
            progress.finish();
        }
        Result result = new Result(messages, batch.storedInteractions, batch.skipped, batch.rejected, batch.batches);
        LOG.info("Read {} messages from {}: {} interactions stored, {} live events skipped, {} rejected",
                result.messages(), options.topic(), result.interactions(), result.skipped(), result.rejected());
        return result;
    }

    /** Stores the pending interactions, then commits the offsets of every message seen so far. */
    private void flush(Batch batch, ProgressListener progress) {
        if (batch.offsets.isEmpty()) {
            return;
        }
        if (!batch.interactions.isEmpty()) {
            Map<String, List<Finding>> findings = new HashMap<>(batch.findings);
            writer.write(new IngestBatch(List.copyOf(batch.interactions.values()), List.of(), List.of(), List.of(),
                    findings));
            batch.storedInteractions += batch.interactions.size();
            batch.batches++;
        }
        try {
            deadLetters.flush();
        } catch (IOException e) {
            throw TouchpointException.external("cannot write the dead-letter file " + deadLetters.file() + ": "
                    + e.getMessage(), e);
        }
        consumer.commitSync(batch.offsets);
        progress.advance(batch.messagesSinceFlush);
        batch.clear();
    }

    private final class Batch {
        final Map<String, Interaction> interactions = new LinkedHashMap<>();
        final Map<String, List<Finding>> findings = new HashMap<>();
        final Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        long messagesSinceFlush;
        long storedInteractions;
        long skipped;
        long rejected;
        long batches;

        void add(ConsumerRecord<byte[], byte[]> record) {
            offsets.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
            messagesSinceFlush++;
            SourceLocation location = new SourceLocation(record.topic() + "-" + record.partition(), "offset",
                    record.offset());
            LiveEvent event;
            try {
                event = TopicJson.decodeEvent(record.value());
            } catch (InvalidFieldException e) {
                reject(location, e.field(), e.getMessage(), record.value());
                return;
            }
            if (!(event instanceof LiveEvent.InteractionEvent interactionEvent)) {
                skipped++;
                return;
            }
            Interaction interaction = interactionEvent.interaction();
            AnalyzedInteraction prepared;
            try {
                prepared = preprocessing.run(interaction);
            } catch (RuntimeException e) {
                reject(location, IngestRecord.Rejected.WHOLE_RECORD, "preprocessing (PII redaction, routing) failed: "
                        + e.getMessage() + "; the interaction was not stored", record.value());
                return;
            }
            // The last message with an id wins, as in the store.
            interactions.remove(interaction.id());
            interactions.put(interaction.id(), prepared.interaction());
            findings.remove(interaction.id());
            if (!prepared.findings().isEmpty()) {
                findings.put(interaction.id(), prepared.findings());
            }
        }

        void reject(SourceLocation location, String field, String reason, byte[] raw) {
            rejected++;
            IngestRecord.Rejected rejection = new IngestRecord.Rejected(location, field, reason,
                    raw == null ? "" : new String(raw, StandardCharsets.UTF_8));
            LOG.warn("Rejected {}", rejection.message());
            try {
                deadLetters.write(rejection);
            } catch (IOException e) {
                throw TouchpointException.external("cannot write the dead-letter file " + deadLetters.file() + ": "
                        + e.getMessage(), e);
            }
        }

        void clear() {
            interactions.clear();
            findings.clear();
            offsets.clear();
            messagesSinceFlush = 0;
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
