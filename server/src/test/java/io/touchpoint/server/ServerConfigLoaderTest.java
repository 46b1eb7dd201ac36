package io.touchpoint.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.TouchpointException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerConfigLoaderTest {

    @Test
    void defaultsWhenNothingIsSet() {
        ServerConfig config = ServerConfigLoader.load(Map.of("text.pii-mode", "redact"));
        assertThat(config.port()).isEqualTo(7070);
        assertThat(config.sessionIdleTimeout()).isEqualTo(Duration.ofHours(8));
        assertThat(config.disclosureDeadline()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.webhooks()).isEmpty();
    }

    @Test
    void readsEveryKey() {
        ServerConfig config = ServerConfigLoader.load(Map.of("server.port", "8080", "server.host", "127.0.0.1",
                "server.session-idle-timeout", "30m", "server.shutdown-grace", "PT5S", "auth.password-iterations", "700000",
                "alerts.webhooks", "http://a.example/hook, https://b.example/x", "alerts.disclosure-deadline", "90s"));
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.sessionIdleTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.shutdownGrace()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.passwordIterations()).isEqualTo(700_000);
        assertThat(config.webhooks()).hasSize(2);
        assertThat(config.disclosureDeadline()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void reportsEveryProblemAtOnceWithDidYouMean() {
        assertThatThrownBy(() -> ServerConfigLoader.load(Map.of("server.prot", "8080", "server.port", "eighty",
                "alerts.webhooks", "ftp://x.example/y", "server.session-idle-timeout", "soon")))
                .isInstanceOf(TouchpointException.class)
                .hasMessageContaining("4 problems")
                .hasMessageContaining("alerts.webhooks: 'ftp://x.example/y' is not an http(s) URL")
                .hasMessageContaining("unknown key 'server.prot'; did you mean 'server.port'?")
                .hasMessageContaining("server.port: 'eighty' is not a whole number")
                .hasMessageContaining("server.session-idle-timeout: 'soon' is not a duration")
                .hasMessageContaining("TOUCHPOINT_SERVER_PORT");
        assertThatThrownBy(() -> ServerConfigLoader.load(Map.of("alerts.webhooks", "ftp://x.example/y")))
                .hasMessageContaining("alerts.webhooks: 'ftp://x.example/y' is not an http(s) URL");
        assertThatThrownBy(() -> ServerConfigLoader.load(Map.of("server.port", "70000")))
                .hasMessageContaining("server.port must be 0..65535, was 70000");
    }
}
