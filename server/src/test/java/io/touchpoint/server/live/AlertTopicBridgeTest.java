package io.touchpoint.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.kafka.AlertRecord;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlertTopicBridgeTest {

    @Test
    void aTopicAlertBecomesTheServersAlertWithTheAgentsTeam() {
        AlertRecord record = new AlertRecord("alert-1", "legal_mention", "high", "call-9", "A-3", 4,
                "customer mentioned bankruptcy", "Stop collecting; offer the hardship process", "turn 4",
                Instant.parse("2026-03-02T10:00:05Z"), Instant.parse("2026-03-02T10:00:04Z"));

        Alert alert = AlertTopicBridge.toAlert(record, "Harbor");

        assertThat(alert.id()).isEqualTo("alert-1");
        assertThat(alert.conversationId()).isEqualTo("call-9");
        assertThat(alert.agentId()).isEqualTo("A-3");
        assertThat(alert.team()).isEqualTo("Harbor");
        assertThat(alert.turnIndex()).isEqualTo(4);
        assertThat(alert.assist()).startsWith("Stop collecting");
        assertThat(alert.raisedAt()).isEqualTo(Instant.parse("2026-03-02T10:00:05Z"));
    }
}
