package io.touchpoint.insights.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.DesktopEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessMiningTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void valuesShrinkingAsYearlyVolumeTimesSecondsTimesCostPerSecond() {
        // 10 runs of 100 s over 73 days: 50 a year; 30 s at 2.00 a minute is 1.00 a run.
        DesktopDataset dataset = dataset(10, "slow", 100, 73);
        MiningSettings settings = MiningSettings.defaults().withCost(CostModel.defaults().withCostPerAgentMinute(2.0))
                .withShrinkSeconds(30);

        ProcessSummary summary = ProcessMining.mine(dataset, AlignmentSettings.defaults(), settings).processes().getFirst();

        assertThat(summary.yearlyVolume()).isCloseTo(50.0, within(1e-9));
        assertThat(summary.yearlyValueOfShrinking()).isCloseTo(50.0, within(1e-9));
        assertThat(summary.yearlyCost()).isCloseTo(50 * 100 * 2.0 / 60, within(1e-9));
        assertThat(summary.medianSeconds()).isEqualTo(100.0);
    }

    @Test
    void ranksTheProcessThatKeepsCustomersWaitingAboveAnEquallyCostlyOneThatDoesNot() {
        List<DesktopEvent> events = new ArrayList<>();
        List<InteractionWindow> windows = new ArrayList<>();
        Map<String, List<SilentSpan>> silences = new java.util.HashMap<>();
        for (int i = 0; i < 10; i++) {
            add(events, windows, "quiet-" + i, "hold_me", i * 2, 100);
            silences.put("quiet-" + i, List.of(new SilentSpan(start(i * 2).plusSeconds(15), start(i * 2).plusSeconds(115))));
            add(events, windows, "chatty-" + i, "talk_through", i * 2 + 1, 100);
        }
        DesktopDataset dataset = new DesktopDataset(events, windows, silences, Map.of("A-1", "team-a"), 365);

        ProcessReport report = ProcessMining.mine(dataset, AlignmentSettings.defaults(), MiningSettings.defaults());

        assertThat(report.processes()).extracting(ProcessSummary::process).containsExactly("hold_me", "talk_through");
        assertThat(report.processes().getFirst().waitingShare()).isEqualTo(1.0);
        assertThat(report.processes().get(1).waitingShare()).isZero();
        assertThat(report.processes().getFirst().byTeam()).extracting(ProcessSummary.GroupDurations::group)
                .containsExactly("team-a");
    }

    @Test
    void leavesOpenEndedRunsOutOfDurationsButCountsTheirVolume() {
        List<DesktopEvent> events = new ArrayList<>();
        List<InteractionWindow> windows = new ArrayList<>();
        add(events, windows, "closed", "p", 0, 60);
        windows.add(new InteractionWindow("open", "A-1", Channel.VOICE, start(1), start(1).plusSeconds(600)));
        events.add(new DesktopEvent("A-1", start(1).plusSeconds(10), DesktopEventType.PROCESS_START, "crm", "p", null, null));

        ProcessSummary summary = ProcessMining.mine(new DesktopDataset(events, windows, Map.of(), Map.of(), 365),
                AlignmentSettings.defaults(), MiningSettings.defaults()).processes().getFirst();

        assertThat(summary.instances()).isEqualTo(2);
        assertThat(summary.openEnded()).isEqualTo(1);
        assertThat(summary.medianSeconds()).isEqualTo(60.0);
    }

    @Test
    void percentileInterpolatesBetweenRanks() {
        double[] sorted = {10, 20, 30, 40};
        assertThat(ProcessMining.percentile(sorted, 0.5)).isEqualTo(25.0);
        assertThat(ProcessMining.percentile(sorted, 0.9)).isCloseTo(37.0, within(1e-9));
        assertThat(ProcessMining.percentile(new double[0], 0.5)).isZero();
    }

    @Test
    void costModelRejectsNonsenseWithTheFieldName() {
        assertThatThrownBy(() -> new CostModel(0, 60_000, 100_000)).hasMessageContaining("costPerAgentMinute");
        assertThatThrownBy(() -> new CostModel(1, Double.NaN, 100_000)).hasMessageContaining("loadedFteCostPerYear");
        assertThatThrownBy(() -> new CostModel(1, 60_000, 1_000_000)).hasMessageContaining("workingMinutesPerFteYear");
        assertThat(CostModel.fromFteCost(60_000, 100_000).costPerAgentMinute()).isCloseTo(0.6, within(1e-12));
        assertThat(CostModel.defaults().fullTimeEquivalents(50_000)).isEqualTo(0.5);
    }

    private static DesktopDataset dataset(int runs, String process, int seconds, int days) {
        List<DesktopEvent> events = new ArrayList<>();
        List<InteractionWindow> windows = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            add(events, windows, "c-" + i, process, i, seconds);
        }
        return new DesktopDataset(events, windows, Map.of(), Map.of(), days);
    }

    private static void add(List<DesktopEvent> events, List<InteractionWindow> windows, String id, String process,
                            int slot, int seconds) {
        Instant start = start(slot);
        windows.add(new InteractionWindow(id, "A-1", Channel.VOICE, start, start.plusSeconds(seconds + 60)));
        events.add(new DesktopEvent("A-1", start.plusSeconds(10), DesktopEventType.PROCESS_START, "crm", process, null, null));
        events.add(new DesktopEvent("A-1", start.plusSeconds(10 + seconds), DesktopEventType.PROCESS_END, "crm", process,
                null, null));
    }

    private static Instant start(int slot) {
        return T0.plusSeconds(slot * 3_600L);
    }
}
