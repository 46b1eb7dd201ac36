package io.touchpoint.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.config.Settings;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InsightsConfigTest {

    @Test
    void readsTheCostModelAndAssumptionsWithDefaultsForMissingKeys() {
        InsightsConfig config = InsightsConfig.from(new Settings(Map.of("insights.cost-per-agent-minute", "0.85",
                "insights.minutes-per-escalation", "12", "text.pii-mode", "redact"), Optional.empty()));
        assertThat(config.cost().costPerAgentMinute()).isEqualTo(0.85);
        assertThat(config.cost().loadedFteCostPerYear()).isEqualTo(60_000);
        assertThat(config.minutesPerEscalation()).isEqualTo(12);
        assertThat(config.addressableShare()).isEqualTo(0.5);
    }

    @Test
    void reportsEveryWrongValueAndUnknownKeyByName() {
        Settings settings = new Settings(Map.of("insights.cost-per-agent-minit", "1", "insights.automation-rate", "2",
                "insights.loaded-fte-cost-per-year", "lots"), Optional.empty());
        assertThatThrownBy(() -> InsightsConfig.from(settings)).isInstanceOf(TouchpointException.class)
                .hasMessageContaining("unknown key 'insights.cost-per-agent-minit' (did you mean 'insights.cost-per-agent-minute'?)")
                .hasMessageContaining("insights.automation-rate must be in (0, 1], got 2.0")
                .hasMessageContaining("insights.loaded-fte-cost-per-year: 'lots' is not a number");
    }
}
