package io.touchpoint.kafka;

import static java.util.Objects.requireNonNull;

import io.touchpoint.ingest.InvalidFieldException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the alerts topic on its own thread and hands each alert to a callback: how the server
 * pushes alerts that the Flink job raised, as it pushes its own. Reads committed messages only
 * (the Flink job writes in transactions) and starts at the end of the topic: a server that starts
 * does not replay old alerts to supervisors.
 *
 * <pre>{@code
 * AlertTopicConsumer alerts = AlertTopicConsumer.start("localhost:9092", Topics.ALERTS, "touchpoint-server",
 *         alert -> hub.publish(toServerAlert(alert)));
 * ...
 * alerts.close();
 * }</pre>
 *
 * <p>The callback runs on the consumer's thread, one alert at a time; an exception from it is
 * logged and the next alert is delivered. A message that cannot be read is logged and skipped.
 */
public final class AlertTopicConsumer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertTopicConsumer.class);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Consumer<AlertRecord> callback;
    private final Thread thread;
    private volatile boolean closed;
    private volatile long delivered;

    private AlertTopicConsumer(Properties properties, String topic, Consumer<AlertRecord> callback) {
        this.consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.callback = callback;
        consumer.subscribe(List.of(topic));
        this.thread = Thread.ofPlatform().name("touchpoint-alert-consumer").daemon().unstarted(this::loop);
    }

    /** Starts consuming {@code topic} as group {@code groupId}, new alerts only. */
    public static AlertTopicConsumer start(String bootstrapServers, String topic, String groupId,
            Consumer<AlertRecord> callback) {
        return start(bootstrapServers, topic, groupId, callback, Map.of());
    }

    /**
     * Like {@link #start(String, String, String, Consumer)} with extra consumer settings (security,
     * or {@code auto.offset.reset=earliest} to replay a new group from the topic's start).
     */
    public static AlertTopicConsumer start(String bootstrapServers, String topic, String groupId,
            Consumer<AlertRecord> callback, Map<String, String> consumerProperties) {
        requireNonNull(bootstrapServers, "bootstrapServers is null");
        requireNonNull(topic, "topic is null");
        requireNonNull(groupId, "groupId is null");
        requireNonNull(callback, "callback is null");
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "true");
        properties.putAll(consumerProperties);
        AlertTopicConsumer consumer = new AlertTopicConsumer(properties, topic, callback);
        consumer.thread.start();
        LOG.info("Consuming alerts from topic {} at {} as group {}", topic, bootstrapServers, groupId);
        return consumer;
    }

    /** Alerts handed to the callback so far. */
    public long delivered() {
        return delivered;
    }

    private void loop() {
        try {
            while (!closed) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    deliver(record);
                }
            }
        } catch (WakeupException e) {
            if (!closed) {
                LOG.warn("Alert consumer woken up unexpectedly; stopping", e);
            }
        } catch (RuntimeException e) {
            LOG.error("Alert consumer stopped: {}", e.toString(), e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void deliver(ConsumerRecord<byte[], byte[]> record) {
        AlertRecord alert;
        try {
            alert = TopicJson.decodeAlert(record.value());
        } catch (InvalidFieldException e) {
            LOG.warn("Skipped offset {} of {}-{}: {}: {}", record.offset(), record.topic(), record.partition(),
                    e.field(), e.getMessage());
            return;
        }
        try {
            callback.accept(alert);
            delivered++;
        } catch (RuntimeException e) {
            LOG.warn("The alert callback failed on alert {}: {}", alert.alertId(), e.toString(), e);
        }
    }

    /** Stops the thread and leaves the group; waits up to a few seconds. */
    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
