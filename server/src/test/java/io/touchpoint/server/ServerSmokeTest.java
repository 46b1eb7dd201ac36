package io.touchpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSmokeTest {

    @TempDir
    static Path dir;
    static TestContactCenter center;

    @BeforeAll
    static void start() throws Exception {
        center = TestContactCenter.start(dir, 200);
    }

    @AfterAll
    static void stop() {
        center.close();
    }

    @Test
    void healthIsPublicAndUp() {
        ApiClient.Response response = center.anonymousClient().get("/health");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("up");
    }

    @Test
    void apiRefusesAnonymousCallersWithJsonError() {
        ApiClient.Response response = center.anonymousClient().get("/api/stats");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asText()).isEqualTo("unauthorized");
    }

    @Test
    void signedInAnalystSeesEveryInteractionAndSupervisorFewer() {
        long all = center.clientFor("analyst").get("/api/stats").json().get("interactions").asLong();
        long team = center.clientFor("supervisor").get("/api/stats").json().get("interactions").asLong();
        assertThat(all).isEqualTo(center.store().stats().interactions());
        assertThat(team).isPositive().isLessThan(all);
    }

    @Test
    void auditorMayNotReadInteractions() {
        assertThat(center.clientFor("auditor").get("/api/stats").status()).isEqualTo(403);
    }
}
