package io.touchpoint.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.DesktopEventType;
import io.touchpoint.core.model.Direction;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DesktopTimelineTest {

    private static final Instant START = Instant.parse("2026-03-02T14:00:00Z");

    private static Interaction call() {
        return new Interaction("c-1", Channel.VOICE, Direction.INBOUND, START, START.plusSeconds(100), null, "A-1", null,
                null, List.of(Turn.typed(Speaker.AGENT, 0, 5_000, "hello"), Turn.typed(Speaker.CUSTOMER, 6_000, 20_000, "hi")),
                null, null, Map.of());
    }

    private static DesktopEvent event(int second, DesktopEventType type, String application, String process) {
        return new DesktopEvent("A-1", START.plusSeconds(second), type, application, process, null, null);
    }

    @Test
    void focusBandsRunFromEachFocusToTheNextAndTheFocusBeforeTheCallCounts() {
        DesktopTimeline timeline = new DesktopTimeline(call(), List.of(
                event(-30, DesktopEventType.APP_FOCUS, "CRM", null),
                event(40, DesktopEventType.APP_FOCUS, "Billing", null),
                event(500, DesktopEventType.APP_FOCUS, "Mail", null)));
        assertThat(timeline.applications()).containsExactly(
                new DesktopTimeline.Band(0, 40_000, "CRM", "app"),
                new DesktopTimeline.Band(40_000, 100_000, "Billing", "app"));
    }

    @Test
    void processesPairStartWithEndAndAnUnendedOneRunsToTheEnd() {
        DesktopTimeline timeline = new DesktopTimeline(call(), List.of(
                event(10, DesktopEventType.PROCESS_START, null, "refund"),
                event(30, DesktopEventType.PROCESS_END, null, "refund"),
                event(50, DesktopEventType.PROCESS_START, null, "address change")));
        assertThat(timeline.processes()).containsExactly(
                new DesktopTimeline.Band(10_000, 30_000, "refund", "process"),
                new DesktopTimeline.Band(50_000, 100_000, "address change (no end seen)", "process open"));
    }

    @Test
    void bandsArePlacedInPercentOfTheCallAndLabelsAreEscaped() {
        DesktopTimeline timeline = new DesktopTimeline(call(), List.of(
                event(25, DesktopEventType.APP_FOCUS, "<Billing & Co>", null)));
        String html = timeline.html();
        assertThat(html).contains("left:25.000%;width:75.000%").contains("&lt;Billing &amp; Co&gt;")
                .doesNotContain("<Billing");
        assertThat(timeline.hasDesktopActivity()).isTrue();
    }

    @Test
    void eventsOfOtherTimesAreIgnored() {
        DesktopTimeline timeline = new DesktopTimeline(call(), List.of(
                event(3_600, DesktopEventType.PROCESS_START, null, "refund"),
                event(3_700, DesktopEventType.PROCESS_END, null, "refund")));
        assertThat(timeline.hasDesktopActivity()).isFalse();
    }
}
