package io.touchpoint.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class AlertTopicConsumerTest {

    private static AlertRecord alert(String id, String kind) {
        Instant now = Instant.now();
        return new AlertRecord(id, kind, "high", "c-1", "A-7", 2, "The customer threatens to leave.", "Offer retention.",
                "I will cancel", now, now.minusMillis(30));
    }

    @Test
    void deliversCommittedAlertsAndSkipsUnreadableOnes() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            String topic = "alerts";
            kafka.createTopics(1, topic);
            List<AlertRecord> received = new CopyOnWriteArrayList<>();
            Properties properties = new Properties();
            properties.put("bootstrap.servers", kafka.bootstrapServers());
            properties.put("transactional.id", "alerts-test");
            try (AlertTopicConsumer consumer = AlertTopicConsumer.start(kafka.bootstrapServers(), topic, "server",
                    received::add, Map.of("auto.offset.reset", "earliest"));
                    KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties, new StringSerializer(),
                            new ByteArraySerializer())) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(topic, "c-1", TopicJson.encode(alert("c-1:aborted", "churn_threat"))));
                producer.flush();
                producer.abortTransaction();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(topic, "c-1", "{garbage".getBytes(StandardCharsets.UTF_8)));
                producer.send(new ProducerRecord<>(topic, "c-1", TopicJson.encode(alert("c-1:event:churn_threat",
                        "churn_threat"))));
                producer.commitTransaction();

                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (received.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                Thread.sleep(300);
                assertThat(received).extracting(AlertRecord::alertId).containsExactly("c-1:event:churn_threat");
                assertThat(consumer.delivered()).isEqualTo(1);
            }
        }
    }
}
