package io.touchpoint.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SimulationConfigTest {

    @Test
    void defaultsFollowTheInteractionCount() {
        SimulationConfig config = SimulationConfig.of(10_000, 3L);

        assertThat(config.startDate()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(config.days()).isEqualTo(90);
        assertThat(config.customers()).isEqualTo(2_500);
        assertThat(config.agents()).isEqualTo(40);
        assertThat(config.endDate()).isEqualTo(LocalDate.of(2026, 4, 4));
    }

    @Test
    void smallRunsStillHaveACustomerBase() {
        assertThat(SimulationConfig.of(10, 1L).customers()).isEqualTo(20);
    }

    @Test
    void rejectsNonPositiveInteractionCount() {
        assertThatThrownBy(() -> new SimulationConfig(0, 1L, LocalDate.of(2026, 1, 5), 90, 10, 40))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interactions 0");
    }

    @Test
    void rejectsPeriodShorterThanAWeek() {
        assertThatThrownBy(() -> new SimulationConfig(100, 1L, LocalDate.of(2026, 1, 5), 6, 10, 40))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days 6");
    }

    @Test
    void rejectsTooFewAgentsToStaffEveryQueue() {
        assertThatThrownBy(() -> new SimulationConfig(100, 1L, LocalDate.of(2026, 1, 5), 90, 10, 9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("agents 9");
    }

    @Test
    void rejectsMissingStartDate() {
        assertThatThrownBy(() -> new SimulationConfig(100, 1L, null, 90, 10, 40))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("startDate");
    }

    @Test
    void rejectsNonPositiveCustomerCount() {
        assertThatThrownBy(() -> new SimulationConfig(100, 1L, LocalDate.of(2026, 1, 5), 90, 0, 40))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customers 0");
    }
}
