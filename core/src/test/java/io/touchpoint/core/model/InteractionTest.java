package io.touchpoint.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InteractionTest {

    private static final Instant START = Instant.parse("2026-03-02T14:05:11Z");

    @Test
    void rejectsEndBeforeStart() {
        assertThatThrownBy(() -> Interaction.builder("c-1", Channel.VOICE, START).endedAt(START.minusSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endedAt");
    }

    @Test
    void rejectsBlankId() {
        assertThatThrownBy(() -> Interaction.builder(" ", Channel.CHAT, START).build())
                .hasMessageContaining("id is blank");
    }

    @Test
    void copiesTurnsSoCallersCannotChangeThem() {
        List<Turn> turns = new ArrayList<>(List.of(Turn.typed(Speaker.AGENT, 0, 10, "hello")));
        Interaction interaction = Interaction.builder("c-1", Channel.CHAT, START).turns(turns).build();
        turns.clear();
        assertThat(interaction.turns()).hasSize(1);
        assertThatThrownBy(() -> interaction.turns().add(Turn.typed(Speaker.AGENT, 0, 1, "x")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void durationFallsBackToLastTurnEnd() {
        Interaction interaction = Interaction.builder("c-1", Channel.CHAT, START)
                .turn(Turn.typed(Speaker.CUSTOMER, 0, 4_000, "hi"))
                .turn(Turn.typed(Speaker.AGENT, 5_000, 9_500, "hello"))
                .build();
        assertThat(interaction.duration()).isEqualTo(Duration.ofMillis(9_500));
    }

    @Test
    void turnRejectsEndBeforeStartAndBadConfidence() {
        assertThatThrownBy(() -> new Turn(Speaker.AGENT, 10, 5, "x", 1.0)).hasMessageContaining("endMs");
        assertThatThrownBy(() -> new Turn(Speaker.AGENT, 0, 5, "x", 1.5)).hasMessageContaining("confidence");
    }

    @Test
    void channelParseNamesAllowedValues() {
        assertThat(Channel.parse(" Voice ")).isEqualTo(Channel.VOICE);
        assertThatThrownBy(() -> Channel.parse("fax"))
                .hasMessageContaining("unknown channel 'fax'")
                .hasMessageContaining("webform");
    }

    @Test
    void outcomeRejectsCsatOutsideScale() {
        assertThatThrownBy(() -> new Outcome(true, false, null, 9)).hasMessageContaining("csat");
    }

    @Test
    void desktopProcessEventsNeedAProcessName() {
        assertThatThrownBy(() -> new DesktopEvent("A-1", START, DesktopEventType.PROCESS_START, "crm", null, null, null))
                .hasMessageContaining("processName");
    }
}
