package io.touchpoint.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.analysis.Pipeline;
import io.touchpoint.core.ingest.BatchWriter;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Turn;
import io.touchpoint.core.progress.ProgressListener;
import io.touchpoint.ingest.DeadLetterWriter;
import io.touchpoint.store.TouchpointStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest-kafka path against a real broker and a real store. */
class KafkaStoreFeederTest {

    private static EmbeddedKafka kafka;

    @TempDir
    Path temp;

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = EmbeddedKafka.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (kafka != null) {
            kafka.close();
        }
    }

    private static List<Interaction> interactions(String prefix, int count) {
        List<Interaction> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(TopicJsonTest.interaction(prefix + i));
        }
        return list;
    }

    private static void send(String topic, List<byte[]> values) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", kafka.bootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(),
                new ByteArraySerializer())) {
            for (byte[] value : values) {
                producer.send(new ProducerRecord<>(topic, value));
            }
        }
    }

    private KafkaIngestOptions options(String topic, String group) {
        return KafkaIngestOptions.of(kafka.bootstrapServers(), topic).withGroup(group)
                .withUntilIdle(Duration.ofSeconds(2)).withBatchSize(10);
    }

    @Test
    void storesInteractionsSkipsLiveEventsAndDeadLettersBadMessages() throws Exception {
        String topic = "feed-basic";
        kafka.createTopics(2, topic);
        try (EventPublisher publisher = new EventPublisher(kafka.bootstrapServers(), topic)) {
            for (Interaction interaction : interactions("i-", 25)) {
                publisher.publishInteraction(interaction);
            }
            publisher.publish(new LiveEvent.TurnEvent("live-1", 0, Turn.typed(io.touchpoint.core.model.Speaker.CUSTOMER,
                    0, 10, "hello"), Instant.now()));
        }
        send(topic, List.of("not json at all".getBytes(StandardCharsets.UTF_8)));
        Path deadLetters = temp.resolve("dead-letter.ndjson");
        try (TouchpointStore store = TouchpointStore.open(temp.resolve("data"));
                DeadLetterWriter dead = new DeadLetterWriter(deadLetters);
                KafkaStoreFeeder feeder = new KafkaStoreFeeder(options(topic, "g1"), store, dead, new Pipeline(List.of()))) {
            KafkaStoreFeeder.Result result = feeder.run(ProgressListener.NONE);
            assertThat(result.messages()).isEqualTo(27);
            assertThat(result.interactions()).isEqualTo(25);
            assertThat(result.skipped()).isEqualTo(1);
            assertThat(result.rejected()).isEqualTo(1);
            assertThat(store.stats().interactions()).isEqualTo(25);
            assertThat(store.interaction("i-7")).contains(TopicJsonTest.interaction("i-7"));
        }
        assertThat(Files.readString(deadLetters)).contains("not json at all").contains("offset");
        assertThat(kafka.committedOffsets("g1", topic)).isEqualTo(27);
    }

    @Test
    void aRerunOfTheSameGroupReadsOnlyNewMessages() throws Exception {
        String topic = "feed-rerun";
        kafka.createTopics(1, topic);
        try (EventPublisher publisher = new EventPublisher(kafka.bootstrapServers(), topic)) {
            interactions("a-", 5).forEach(publisher::publishInteraction);
        }
        try (TouchpointStore store = TouchpointStore.open(temp.resolve("data"));
                DeadLetterWriter dead = new DeadLetterWriter(temp.resolve("dl.ndjson"))) {
            try (KafkaStoreFeeder feeder = new KafkaStoreFeeder(options(topic, "g2"), store, dead, new Pipeline(List.of()))) {
                assertThat(feeder.run(ProgressListener.NONE).interactions()).isEqualTo(5);
            }
            try (EventPublisher publisher = new EventPublisher(kafka.bootstrapServers(), topic)) {
                interactions("b-", 3).forEach(publisher::publishInteraction);
            }
            try (KafkaStoreFeeder feeder = new KafkaStoreFeeder(options(topic, "g2"), store, dead, new Pipeline(List.of()))) {
                KafkaStoreFeeder.Result again = feeder.run(ProgressListener.NONE);
                assertThat(again.messages()).isEqualTo(3);
            }
            assertThat(store.stats().interactions()).isEqualTo(8);
        }
    }

    @Test
    void aStoreFailureCommitsNoOffsetSoTheRerunLosesAndDoublesNothing() throws Exception {
        String topic = "feed-crash";
        kafka.createTopics(1, topic);
        try (EventPublisher publisher = new EventPublisher(kafka.bootstrapServers(), topic)) {
            interactions("x-", 35).forEach(publisher::publishInteraction);
        }
        try (TouchpointStore store = TouchpointStore.open(temp.resolve("data"));
                DeadLetterWriter dead = new DeadLetterWriter(temp.resolve("dl.ndjson"))) {
            // The third batch fails as a full disk would: the first two are stored and committed.
            BatchWriter failingThird = new BatchWriter() {
                int calls;

                @Override
                public void write(IngestBatch batch) {
                    if (++calls == 3) {
                        throw new io.touchpoint.core.TouchpointException(
                                io.touchpoint.core.TouchpointException.Kind.EXTERNAL, "disk full (test)");
                    }
                    store.write(batch);
                }
            };
            try (KafkaStoreFeeder feeder = new KafkaStoreFeeder(options(topic, "g3"), failingThird, dead,
                    new Pipeline(List.of()))) {
                assertThatThrownBy(() -> feeder.run(ProgressListener.NONE)).hasMessageContaining("disk full");
            }
            assertThat(store.stats().interactions()).isEqualTo(20);
            assertThat(kafka.committedOffsets("g3", topic)).isEqualTo(20);

            try (KafkaStoreFeeder feeder = new KafkaStoreFeeder(options(topic, "g3"), store, dead, new Pipeline(List.of()))) {
                KafkaStoreFeeder.Result rest = feeder.run(ProgressListener.NONE);
                assertThat(rest.messages()).isEqualTo(15);
            }
            assertThat(store.stats().interactions()).isEqualTo(35);
            assertThat(kafka.committedOffsets("g3", topic)).isEqualTo(35);
        }
    }

    @Test
    void storesThePreprocessedTextAndItsFindings() throws Exception {
        String topic = "feed-preprocess";
        kafka.createTopics(1, topic);
        try (EventPublisher publisher = new EventPublisher(kafka.bootstrapServers(), topic)) {
            publisher.publishInteraction(TopicJsonTest.interaction("p-1"));
        }
        // A stand-in redactor at the Analyzer seam: the real one lives in the text module.
        io.touchpoint.core.analysis.Analyzer redactor = new io.touchpoint.core.analysis.Analyzer() {
            @Override
            public String name() {
                return "pii";
            }

            @Override
            public AnalyzedInteraction analyze(AnalyzedInteraction input) {
                Interaction interaction = input.interaction();
                List<Turn> turns = interaction.turns().stream().map(turn -> turn.withText(
                        turn.text().replace("late fee", "[FEE]"))).toList();
                return input.withInteraction(interaction.withTurns(turns))
                        .plus(List.of(Finding.metric("pii", "redactions", 1)));
            }
        };
        try (TouchpointStore store = TouchpointStore.open(temp.resolve("data"));
                DeadLetterWriter dead = new DeadLetterWriter(temp.resolve("dl.ndjson"));
                KafkaStoreFeeder feeder = new KafkaStoreFeeder(options(topic, "g4").withMaxRecords(1), store, dead,
                        new Pipeline(List.of(redactor)))) {
            assertThat(feeder.run(ProgressListener.NONE).interactions()).isEqualTo(1);
            assertThat(store.interaction("p-1").orElseThrow().turns().get(1).text()).isEqualTo("I was charged a [FEE]");
            assertThat(store.findings("p-1")).extracting(Finding::name).contains("redactions");
        }
    }

    @Test
    void stopsAfterMaxRecordsAndCommitsExactlyThose() throws Exception {
        String topic = "feed-max";
        kafka.createTopics(1, topic);
        try (EventPublisher publisher = new EventPublisher(kafka.bootstrapServers(), topic)) {
            interactions("m-", 12).forEach(publisher::publishInteraction);
        }
        try (TouchpointStore store = TouchpointStore.open(temp.resolve("data"));
                DeadLetterWriter dead = new DeadLetterWriter(temp.resolve("dl.ndjson"));
                KafkaStoreFeeder feeder = new KafkaStoreFeeder(KafkaIngestOptions.of(kafka.bootstrapServers(), topic)
                        .withGroup("g5").withMaxRecords(7).withBatchSize(100), store, dead, new Pipeline(List.of()))) {
            assertThat(feeder.run(ProgressListener.NONE).messages()).isEqualTo(7);
            assertThat(store.stats().interactions()).isEqualTo(7);
        }
        assertThat(kafka.committedOffsets("g5", topic)).isEqualTo(7);
    }

    @Test
    void optionsRejectBadValuesWithTheirName() {
        assertThatThrownBy(() -> KafkaIngestOptions.of(" ", "t")).hasMessageContaining("bootstrap servers are blank");
        assertThatThrownBy(() -> KafkaIngestOptions.of("h:1", "t").withBatchSize(0)).hasMessageContaining("batchSize");
        assertThatThrownBy(() -> KafkaIngestOptions.of("h:1", "t").withUntilIdle(Duration.ZERO))
                .hasMessageContaining("untilIdle");
        assertThat(KafkaStoreFeeder.consumerProperties(KafkaIngestOptions.of("h:1", "t")
                .withConsumerProperties(Map.of("enable.auto.commit", "true"))).get("enable.auto.commit"))
                .isEqualTo("false");
    }
}
