package io.touchpoint.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node Kafka cluster (KRaft, broker and controller combined) in the test JVM.
 * Replication factors are 1 so that transactions and consumer groups work on one node.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private final KafkaClusterTestKit cluster;

    private EmbeddedKafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    public static EmbeddedKafka start() throws Exception {
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("transaction.state.log.num.partitions", "1")
                .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        try {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
        return new EmbeddedKafka(cluster);
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** A plain client: the test kit's own admin() is not in every Kafka version (the scale module runs 4.2). */
    private Admin admin() {
        return Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrapServers()));
    }

    public void createTopics(int partitions, String... topics) throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(java.util.Arrays.stream(topics)
                    .map(topic -> new NewTopic(topic, partitions, (short) 1)).toList())
                    .all().get(30, TimeUnit.SECONDS);
        }
    }

    /** Committed offset of {@code group} on each partition of {@code topic}, summed; 0 when none. */
    public long committedOffsets(String group, String topic) throws Exception {
        try (Admin admin = admin()) {
            Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> offsets =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            return offsets.entrySet().stream().filter(entry -> entry.getKey().topic().equals(topic))
                    .mapToLong(entry -> entry.getValue() == null ? 0 : entry.getValue().offset()).sum();
        }
    }

    public List<String> topics() throws Exception {
        try (Admin admin = admin()) {
            return List.copyOf(admin.listTopics().names().get(30, TimeUnit.SECONDS));
        }
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
