package io.touchpoint.server.live;

import static java.util.Objects.requireNonNull;

import io.touchpoint.kafka.AlertRecord;
import io.touchpoint.kafka.AlertTopicConsumer;
import io.touchpoint.store.TouchpointStore;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alerts raised by the Flink live job (scale module) arrive on a Kafka topic; this feeds them
 * into the server's {@link AlertHub}, so supervisors, agents and webhooks get them exactly as they
 * get the alerts of the server's own live analysis.
 */
public final class AlertTopicBridge implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertTopicBridge.class);
    public static final String GROUP_ID = "touchpoint-server-alerts";

    private final AlertTopicConsumer consumer;

    private AlertTopicBridge(AlertTopicConsumer consumer) {
        this.consumer = consumer;
    }

    /** Starts consuming {@code topic} at its newest alert. */
    public static AlertTopicBridge start(String bootstrapServers, String topic, AlertHub hub, TouchpointStore store) {
        requireNonNull(hub, "hub is null");
        requireNonNull(store, "store is null");
        LOG.info("Pushing the alerts of Kafka topic {} at {} to the alert streams", topic, bootstrapServers);
        return new AlertTopicBridge(AlertTopicConsumer.start(bootstrapServers, topic, GROUP_ID,
                record -> hub.publish(toAlert(record, teamOf(store, record.agentId())))));
    }

    /** The server's alert for a topic record; the team comes from the store, the topic does not carry it. */
    static Alert toAlert(AlertRecord record, String team) {
        return new Alert(record.alertId(), record.kind(), record.severity(), record.interactionId(), record.agentId(),
                team, record.turnIndex(), record.message(), record.assist(), record.evidence(), record.raisedAt(),
                System.nanoTime());
    }

    private static String teamOf(TouchpointStore store, String agentId) {
        if (agentId == null) {
            return null;
        }
        Optional<io.touchpoint.core.model.Agent> agent = store.agent(agentId);
        return agent.map(io.touchpoint.core.model.Agent::team).orElse(null);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
