package io.touchpoint.kafka;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Turn;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes events to the events topic, keyed by interaction id (so one conversation stays on one
 * partition, in order), with an idempotent producer ({@code acks=all}): a retried send is not
 * written twice.
 *
 * <pre>{@code
 * try (EventPublisher publisher = new EventPublisher("localhost:9092", Topics.EVENTS)) {
 *     publisher.publishConversation(interaction);   // start, one event per turn, end
 * }
 * }</pre>
 */
public final class EventPublisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final Clock clock;

    public EventPublisher(String bootstrapServers, String topic) {
        this(bootstrapServers, topic, Map.of(), Clock.systemUTC());
    }

    public EventPublisher(String bootstrapServers, String topic, Map<String, String> producerProperties, Clock clock) {
        requireNonNull(bootstrapServers, "bootstrapServers is null");
        this.topic = requireNonNull(topic, "topic is null");
        this.clock = requireNonNull(clock, "clock is null");
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        properties.putAll(requireNonNull(producerProperties, "producerProperties is null"));
        this.producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends one event; the future completes when the broker has it. */
    public Future<RecordMetadata> publish(LiveEvent event) {
        requireNonNull(event, "event is null");
        try {
            return producer.send(new ProducerRecord<>(topic, event.interactionId(), TopicJson.encode(event)));
        } catch (KafkaException e) {
            throw TouchpointException.external("cannot send to topic " + topic + ": " + e.getMessage(), e);
        }
    }

    /** Sends a whole interaction as one {@code interaction} event. */
    public Future<RecordMetadata> publishInteraction(Interaction interaction) {
        return publish(new LiveEvent.InteractionEvent(interaction, clock.instant()));
    }

    /** Sends an interaction as a live conversation: start, each turn, end, without pauses. */
    public void publishConversation(Interaction interaction) {
        publishConversation(interaction, Duration.ZERO);
    }

    /**
     * Sends an interaction as a live conversation, waiting {@code betweenTurns} after each turn
     * (to replay at a given rate).
     */
    public void publishConversation(Interaction interaction, Duration betweenTurns) {
        publish(new LiveEvent.ConversationStart(interaction.id(), interaction.channel(), interaction.direction(),
                interaction.queue(), interaction.agentId(), interaction.customer().id(), interaction.startedAt(),
                clock.instant()));
        for (int i = 0; i < interaction.turns().size(); i++) {
            Turn turn = interaction.turns().get(i);
            publish(new LiveEvent.TurnEvent(interaction.id(), i, turn, clock.instant()));
            if (!betweenTurns.isZero()) {
                producer.flush();
                sleep(betweenTurns);
            }
        }
        publish(new LiveEvent.ConversationEnd(interaction.id(), clock.instant()));
    }

    /** Blocks until every event sent so far is on the broker. */
    public void flush() {
        producer.flush();
    }

    /** Waits for one send and reports its failure as a TouchpointException. */
    public static RecordMetadata await(Future<RecordMetadata> send) {
        try {
            return send.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TouchpointException.external("interrupted while sending to Kafka", e);
        } catch (ExecutionException e) {
            throw TouchpointException.external("Kafka rejected a message: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TouchpointException.external("interrupted while replaying a conversation", e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
