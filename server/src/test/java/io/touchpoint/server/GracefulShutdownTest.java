package io.touchpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.model.Interaction;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GracefulShutdownTest {

    @Test
    void stoppingStoresEveryAcceptedLiveTurnAndTurnsReadinessOff(@TempDir Path dir) throws Exception {
        try (TestContactCenter center = TestContactCenter.start(dir, 60)) {
            ApiClient analyst = center.clientFor("analyst");
            assertThat(analyst.post("/api/live/conversations", Map.of("conversationId", "open-at-stop",
                    "channel", "chat", "queue", "billing")).status()).isEqualTo(201);
            for (int turn = 0; turn < 5; turn++) {
                assertThat(analyst.post("/api/live/conversations/open-at-stop/turns", Map.of("speaker",
                        turn % 2 == 0 ? "customer" : "agent", "text", "message number " + turn + " about my bill",
                        "startMs", turn * 1000, "endMs", turn * 1000 + 800)).status()).isEqualTo(200);
            }
            assertThat(center.store().interaction("open-at-stop")).isEmpty();

            center.server().stop();

            Interaction stored = center.store().interaction("open-at-stop").orElseThrow();
            assertThat(stored.turns()).hasSize(5);
            assertThat(stored.turns().getLast().text()).contains("message number 4");
            assertThat(center.store().findings("open-at-stop")).isNotEmpty();
        }
    }
}
