package io.touchpoint.insights.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.DesktopEventType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesktopAlignmentTest {

    private static final Instant T0 = Instant.parse("2026-03-02T14:00:00Z");
    private static final DesktopAlignment ALIGNMENT = new DesktopAlignment(AlignmentSettings.defaults());

    @Test
    void explicitInteractionIdWinsOverTime() {
        List<InteractionWindow> windows = List.of(call("a", 0, 300), call("b", 400, 700));
        DesktopEvent tagged = new DesktopEvent("A-1", at(100), DesktopEventType.APP_FOCUS, "crm", null, null, "b");

        AlignmentResult result = ALIGNMENT.align(List.of(tagged), windows);

        assertThat(result.interaction("b").orElseThrow().events()).containsExactly(tagged);
        assertThat(result.interaction("a")).isEmpty();
    }

    @Test
    void unknownInteractionIdFallsBackToTimeAndIsCounted() {
        DesktopEvent tagged = new DesktopEvent("A-1", at(100), DesktopEventType.APP_FOCUS, "crm", null, null, "gone");

        AlignmentResult result = ALIGNMENT.align(List.of(tagged), List.of(call("a", 0, 300)));

        assertThat(result.interaction("a").orElseThrow().events()).containsExactly(tagged);
        assertThat(result.unknownInteractionIds()).isEqualTo(1);
    }

    @Test
    void afterCallWorkBelongsToTheCallJustEndedUntilTheWindowCloses() {
        List<InteractionWindow> windows = List.of(call("a", 0, 300));
        DesktopEvent notes = focus(350, "crm");
        DesktopEvent tooLate = focus(300 + 121, "email");

        AlignmentResult result = ALIGNMENT.align(List.of(notes, tooLate), windows);

        assertThat(result.interaction("a").orElseThrow().events()).containsExactly(notes);
        assertThat(result.unalignedEvents()).isEqualTo(1);
    }

    @Test
    void clockSkewWithinTheToleranceStillAligns() {
        DesktopEvent early = focus(-4, "crm");

        AlignmentResult result = ALIGNMENT.align(List.of(early), List.of(call("a", 0, 300)));

        assertThat(result.interaction("a").orElseThrow().events()).containsExactly(early);
    }

    @Test
    void clockSkewBeyondTheToleranceDoesNotAlign() {
        DesktopEvent early = focus(-6, "crm");

        AlignmentResult result = ALIGNMENT.align(List.of(early), List.of(call("a", 0, 300)));

        assertThat(result.interactions()).isEmpty();
        assertThat(result.unalignedEvents()).isEqualTo(1);
    }

    @Test
    void widerToleranceAlignsTheSameSkewedEvent() {
        DesktopAlignment tolerant = new DesktopAlignment(AlignmentSettings.defaults().withSkewTolerance(Duration.ofSeconds(10)));

        AlignmentResult result = tolerant.align(List.of(focus(-6, "crm")), List.of(call("a", 0, 300)));

        assertThat(result.interaction("a")).isPresent();
    }

    @Test
    void aNewCallWinsOverThePreviousCallsAfterCallWork() {
        List<InteractionWindow> windows = List.of(call("a", 0, 300), call("b", 330, 600));
        DesktopEvent wrapUp = focus(310, "crm");
        DesktopEvent nextCall = focus(340, "billing");

        AlignmentResult result = ALIGNMENT.align(List.of(wrapUp, nextCall), windows);

        assertThat(result.interaction("a").orElseThrow().events()).containsExactly(wrapUp);
        assertThat(result.interaction("b").orElseThrow().events()).containsExactly(nextCall);
        // The wrap-up focus ends where the agent turned to the next call.
        assertThat(result.interaction("a").orElseThrow().millisByApplication()).containsEntry("crm", 30_000L);
    }

    @Test
    void overlappingChatsGiveEventsToTheMostRecentlyStartedOpenOne() {
        List<InteractionWindow> windows = List.of(chat("first", 0, 600), chat("second", 200, 500));
        DesktopEvent beforeSecond = focus(100, "crm");
        DesktopEvent duringBoth = focus(300, "billing");
        DesktopEvent afterSecond = focus(550, "crm");

        AlignmentResult result = ALIGNMENT.align(List.of(beforeSecond, duringBoth, afterSecond), windows);

        assertThat(result.interaction("first").orElseThrow().events()).containsExactly(beforeSecond, afterSecond);
        assertThat(result.interaction("second").orElseThrow().events()).containsExactly(duringBoth);
    }

    @Test
    void pairsProcessRunsOfOverlappingChatsByInteraction() {
        List<InteractionWindow> windows = List.of(chat("first", 0, 600), chat("second", 200, 500));
        List<DesktopEvent> events = List.of(
                process(DesktopEventType.PROCESS_START, 100, "refund", "first"),
                process(DesktopEventType.PROCESS_START, 250, "refund", "second"),
                process(DesktopEventType.PROCESS_END, 300, "refund", "first"),
                process(DesktopEventType.PROCESS_END, 400, "refund", "second"));

        AlignmentResult result = ALIGNMENT.align(events, windows);

        assertThat(result.processes()).extracting(ProcessInstance::interactionId, ProcessInstance::seconds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("first", 200.0),
                        org.assertj.core.groups.Tuple.tuple("second", 150.0));
        assertThat(result.processes()).noneMatch(ProcessInstance::openEnded);
    }

    @Test
    void missingEndIsClosedAtTheInteractionEndAndFlagged() {
        List<DesktopEvent> events = List.of(process(DesktopEventType.PROCESS_START, 100, "account_open", null));

        AlignmentResult result = ALIGNMENT.align(events, List.of(call("a", 0, 300)));

        ProcessInstance instance = result.processes().getFirst();
        assertThat(instance.openEnded()).isTrue();
        assertThat(instance.interactionId()).isEqualTo("a");
        assertThat(instance.end()).isEqualTo(at(300));
        assertThat(instance.millis()).isEqualTo(200_000L);
    }

    @Test
    void missingEndOfAProcessStartedInWrapUpIsClosedAtTheEndOfAfterCallWork() {
        List<DesktopEvent> events = List.of(process(DesktopEventType.PROCESS_START, 310, "notes", null));

        AlignmentResult result = ALIGNMENT.align(events, List.of(call("a", 0, 300)));

        ProcessInstance instance = result.processes().getFirst();
        assertThat(instance.openEnded()).isTrue();
        assertThat(instance.end()).isEqualTo(at(420));
    }

    @Test
    void missingEndNeverYieldsANegativeDurationEvenForASkewedStart() {
        // Tagged explicitly but logged after the interaction's after-call work: closing at the interaction's end
        // would go backwards, so the run is closed where it started.
        List<DesktopEvent> events = List.of(process(DesktopEventType.PROCESS_START, 900, "account_open", "a"));

        AlignmentResult result = ALIGNMENT.align(events, List.of(call("a", 0, 300)));

        ProcessInstance instance = result.processes().getFirst();
        assertThat(instance.openEnded()).isTrue();
        assertThat(instance.millis()).isZero();
    }

    @Test
    void restartInTheSameInteractionClosesTheAbandonedRun() {
        List<DesktopEvent> events = List.of(
                process(DesktopEventType.PROCESS_START, 10, "account_open", null),
                process(DesktopEventType.PROCESS_START, 60, "account_open", null),
                process(DesktopEventType.PROCESS_END, 200, "account_open", null));

        AlignmentResult result = ALIGNMENT.align(events, List.of(call("a", 0, 300)));

        assertThat(result.processes()).extracting(ProcessInstance::openEnded, ProcessInstance::seconds)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, 50.0),
                        org.assertj.core.groups.Tuple.tuple(false, 140.0));
    }

    @Test
    void endWithoutStartIsCountedAndIgnored() {
        List<DesktopEvent> events = List.of(process(DesktopEventType.PROCESS_END, 100, "account_open", null));

        AlignmentResult result = ALIGNMENT.align(events, List.of(call("a", 0, 300)));

        assertThat(result.processes()).isEmpty();
        assertThat(result.unpairedEnds()).isEqualTo(1);
    }

    @Test
    void anEndDoesNotCloseAStartFromAnEarlierCallLongGone() {
        List<InteractionWindow> windows = List.of(call("a", 0, 300), call("b", 3_600, 3_900));
        List<DesktopEvent> events = List.of(
                process(DesktopEventType.PROCESS_START, 100, "account_open", null),
                process(DesktopEventType.PROCESS_END, 3_700, "account_open", null));

        AlignmentResult result = ALIGNMENT.align(events, windows);

        assertThat(result.processes()).singleElement().satisfies(instance -> {
            assertThat(instance.interactionId()).isEqualTo("a");
            assertThat(instance.openEnded()).isTrue();
            assertThat(instance.end()).isEqualTo(at(300));
        });
        assertThat(result.unpairedEnds()).isEqualTo(1);
    }

    @Test
    void recordsTheApplicationsOfARunInOrderAsItsSteps() {
        List<DesktopEvent> events = List.of(
                focus(5, "crm"),
                process(DesktopEventType.PROCESS_START, 100, "account_open", null),
                focus(101, "crm"),
                focus(130, "billing"),
                focus(190, "provisioning"),
                process(DesktopEventType.PROCESS_END, 200, "account_open", null),
                focus(220, "crm"));

        AlignmentResult result = ALIGNMENT.align(events, List.of(call("a", 0, 300)));

        ProcessInstance instance = result.processes().getFirst();
        assertThat(instance.variant()).containsExactly("crm", "billing", "provisioning");
        assertThat(instance.steps()).extracting(FocusSegment::millis).containsExactly(30_000L, 60_000L, 10_000L);
        InteractionDesktop desktop = result.interaction("a").orElseThrow();
        assertThat(desktop.applicationSwitches()).isEqualTo(3);
        assertThat(desktop.distinctSystems()).isEqualTo(3);
        // crm 5..130 and 220..420 (after-call work closes the last focus), billing 130..190, provisioning 190..220
        assertThat(desktop.millisByApplication()).containsExactly(
                org.assertj.core.api.Assertions.entry("crm", 325_000L),
                org.assertj.core.api.Assertions.entry("billing", 60_000L),
                org.assertj.core.api.Assertions.entry("provisioning", 30_000L));
    }

    @Test
    void emailThreadsAreMatchedOnlyByExplicitId() {
        InteractionWindow thread = new InteractionWindow("mail", "A-1", Channel.EMAIL, at(0), at(86_400));
        DesktopEvent untagged = focus(100, "email");
        DesktopEvent tagged = new DesktopEvent("A-1", at(200), DesktopEventType.APP_FOCUS, "email", null, null, "mail");

        AlignmentResult result = ALIGNMENT.align(List.of(untagged, tagged), List.of(thread));

        assertThat(result.interaction("mail").orElseThrow().events()).containsExactly(tagged);
    }

    @Test
    void eventsOfAnotherAgentAreNotMatchedByTime() {
        DesktopEvent someoneElse = new DesktopEvent("A-2", at(100), DesktopEventType.APP_FOCUS, "crm", null, null, null);

        AlignmentResult result = ALIGNMENT.align(List.of(someoneElse), List.of(call("a", 0, 300)));

        assertThat(result.interactions()).isEmpty();
    }

    @Test
    void rejectsNegativeSettings() {
        assertThatThrownBy(() -> AlignmentSettings.defaults().withSkewTolerance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("skewTolerance");
        assertThatThrownBy(() -> AlignmentSettings.defaults().withAfterCallWork(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("afterCallWork");
    }

    private static InteractionWindow call(String id, long fromSeconds, long toSeconds) {
        return new InteractionWindow(id, "A-1", Channel.VOICE, at(fromSeconds), at(toSeconds));
    }

    private static InteractionWindow chat(String id, long fromSeconds, long toSeconds) {
        return new InteractionWindow(id, "A-1", Channel.CHAT, at(fromSeconds), at(toSeconds));
    }

    private static DesktopEvent focus(long seconds, String application) {
        return new DesktopEvent("A-1", at(seconds), DesktopEventType.APP_FOCUS, application, null, null, null);
    }

    private static DesktopEvent process(DesktopEventType type, long seconds, String name, String interactionId) {
        return new DesktopEvent("A-1", at(seconds), type, null, name, null, interactionId);
    }

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }
}
