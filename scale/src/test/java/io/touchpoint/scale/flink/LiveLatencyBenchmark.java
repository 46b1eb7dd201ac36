package io.touchpoint.scale.flink;

import io.touchpoint.core.model.Interaction;
import io.touchpoint.kafka.EmbeddedKafka;
import io.touchpoint.kafka.EventPublisher;
import io.touchpoint.kafka.FindingRecord;
import io.touchpoint.kafka.LiveEvent;
import io.touchpoint.kafka.TopicJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * End-to-end latency of the live job per turn: from the moment a turn event is sent to the moment
 * the first finding it produced can be read from the findings topic, at a fixed rate of turns.
 * {@code LiveLatencyBenchmark [turnsPerSecond] [conversations] [exactly-once|at-least-once] [checkpointMs]}
 * (defaults 20, 30, at-least-once, 1000). Exactly once adds up to one checkpoint interval: output
 * is readable (read_committed) only when its checkpoint completes. Figures: docs/benchmarks.md.
 */
public final class LiveLatencyBenchmark {

    private LiveLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        boolean exactlyOnce = args.length > 2 && args[2].equals("exactly-once");
        long checkpointMs = args.length > 3 ? Long.parseLong(args[3]) : 1000;
        List<Interaction> conversations = LiveEvents.conversations(count, 5);
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            kafka.createTopics(2, "events");
            kafka.createTopics(1, "findings", "alerts");
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.setParallelism(2);
            LiveAnalysisJob.build(env, LiveJobOptions.of(kafka.bootstrapServers()).withTopics("events", "findings", "alerts")
                    .withCheckpointInterval(Duration.ofMillis(checkpointMs)).withExactlyOnce(exactlyOnce)
                    .withGroupAndPrefix("bench", "bench"));
            JobClient job = env.executeAsync("latency");
            Properties properties = new Properties();
            properties.put("bootstrap.servers", kafka.bootstrapServers());
            properties.put("isolation.level", "read_committed");
            properties.put("group.id", "bench-reader");
            properties.put("auto.offset.reset", "earliest");
            Map<String, Long> firstSeen = new HashMap<>();
            List<Interaction> warmUpConversations = LiveEvents.conversations(3, 99);
            List<LiveEvent> warmUp = LiveEvents.interleaved(warmUpConversations, Instant.now()).stream()
                    .map(event -> rename(event, "warm-up-")).toList();
            Set<String> measured = new HashSet<>();
            conversations.forEach(interaction -> measured.add(interaction.id()));
            Set<String> warmUpEnded = new HashSet<>();
            try (EventPublisher publisher = new EventPublisher(kafka.bootstrapServers(), "events");
                    KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
                            new ByteArrayDeserializer())) {
                consumer.subscribe(List.of("findings"));
                // Warm-up: the first turns wait for the rule compiler and the JIT; measure once they are all through.
                warmUp.forEach(publisher::publish);
                publisher.flush();
                long warmDeadline = System.currentTimeMillis() + 120_000;
                while (System.currentTimeMillis() < warmDeadline && warmUpEnded.size() < warmUpConversations.size()) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                        FindingRecord finding = TopicJson.decodeFinding(record.value());
                        if (finding.turnIndex() < 0) {
                            warmUpEnded.add(finding.interactionId());
                        }
                    }
                }
                long pause = 1000 / rate;
                int turns = 0;
                long next = System.currentTimeMillis();
                for (LiveEvent event : LiveEvents.interleaved(conversations, Instant.EPOCH)) {
                    LiveEvent stamped = restamp(event, Instant.now());
                    EventPublisher.await(publisher.publish(stamped));
                    if (stamped instanceof LiveEvent.TurnEvent) {
                        turns++;
                    }
                    next += pause;
                    while (System.currentTimeMillis() < next) {
                        poll(consumer, firstSeen, measured);
                    }
                }
                long deadline = System.currentTimeMillis() + 30_000;
                while (System.currentTimeMillis() < deadline) {
                    poll(consumer, firstSeen, measured);
                }
                List<Long> latencies = new ArrayList<>(firstSeen.values());
                latencies.sort(null);
                System.out.printf(Locale.ROOT, "%s, checkpoint %d ms, %d turns/s: %d turns sent, %d produced findings; "
                                + "latency p50 %d ms, p95 %d ms, max %d ms%n", exactlyOnce ? "exactly-once" : "at-least-once",
                        checkpointMs, rate, turns, latencies.size(), percentile(latencies, 0.5),
                        percentile(latencies, 0.95), latencies.isEmpty() ? 0 : latencies.getLast());
            } finally {
                job.cancel().get();
            }
        }
    }

    /** Records, per (interaction, turn), how long after the turn was sent its first finding became readable. */
    private static void poll(KafkaConsumer<byte[], byte[]> consumer, Map<String, Long> firstSeen, Set<String> measured)
            throws Exception {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(5))) {
            FindingRecord finding = TopicJson.decodeFinding(record.value());
            if (finding.turnIndex() >= 0 && measured.contains(finding.interactionId())) {
                long latency = System.currentTimeMillis() - finding.turnSentAt().toEpochMilli();
                firstSeen.putIfAbsent(finding.interactionId() + "#" + finding.turnIndex(), latency);
            }
        }
    }

    /** The warm-up conversations get other ids, so that none of their findings is measured. */
    private static LiveEvent rename(LiveEvent event, String prefix) {
        return switch (event) {
            case LiveEvent.ConversationStart start -> new LiveEvent.ConversationStart(prefix + start.interactionId(),
                    start.channel(), start.direction(), start.queue(), start.agentId(), start.customerId(),
                    start.startedAt(), start.sentAt());
            case LiveEvent.TurnEvent turn -> new LiveEvent.TurnEvent(prefix + turn.interactionId(), turn.turnIndex(),
                    turn.turn(), turn.sentAt());
            case LiveEvent.ConversationEnd end -> new LiveEvent.ConversationEnd(prefix + end.interactionId(), end.sentAt());
            case LiveEvent.InteractionEvent whole -> whole;
        };
    }

    private static LiveEvent restamp(LiveEvent event, Instant now) {
        return switch (event) {
            case LiveEvent.ConversationStart start -> new LiveEvent.ConversationStart(start.interactionId(),
                    start.channel(), start.direction(), start.queue(), start.agentId(), start.customerId(),
                    start.startedAt(), now);
            case LiveEvent.TurnEvent turn -> new LiveEvent.TurnEvent(turn.interactionId(), turn.turnIndex(), turn.turn(), now);
            case LiveEvent.ConversationEnd end -> new LiveEvent.ConversationEnd(end.interactionId(), now);
            case LiveEvent.InteractionEvent whole -> new LiveEvent.InteractionEvent(whole.interaction(), now);
        };
    }

    private static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
