package io.touchpoint.insights.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.touchpoint.core.ingest.ConnectorRegistry;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.progress.ProgressListener;
import io.touchpoint.ingest.DeadLetterWriter;
import io.touchpoint.ingest.IngestJob;
import io.touchpoint.ingest.IngestReport;
import io.touchpoint.simulator.ContactCenterSimulator;
import io.touchpoint.simulator.GroundTruth;
import io.touchpoint.simulator.SimulatedContactCenter;
import io.touchpoint.simulator.SimulationConfig;
import io.touchpoint.simulator.SimulationWriter;
import io.touchpoint.simulator.WrittenFiles;
import io.touchpoint.store.TouchpointStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Process mining on a simulated contact center ingested into a real store, checked against its ground truth. */
class SimulatedProcessMiningTest {

    private static final String ACCOUNT_OPEN = "account_open";

    @TempDir
    static Path folder;

    private static TouchpointStore store;
    private static GroundTruth truth;
    private static DesktopDataset dataset;
    private static AlignmentResult aligned;
    private static ProcessReport report;

    @BeforeAll
    static void ingestSimulatedContactCenter() throws Exception {
        SimulatedContactCenter center = new ContactCenterSimulator(SimulationConfig.of(2_000, 11L)).generate();
        truth = center.truth();
        WrittenFiles files = SimulationWriter.write(center, folder.resolve("source"));
        store = TouchpointStore.open(folder.resolve("data"));
        try (DeadLetterWriter deadLetters = new DeadLetterWriter(folder.resolve("dead-letter.ndjson"))) {
            IngestReport ingested = new IngestJob(ConnectorRegistry.load(), store, deadLetters, IngestOptions.defaults(),
                    ProgressListener.NONE, 2_000).run(List.of(files.agents(), files.interactions(), files.desktopEvents()));
            assertThat(ingested.rejected()).isZero();
        }
        dataset = new StoreDesktopReader(store).read();
        aligned = new DesktopAlignment(AlignmentSettings.defaults()).align(dataset.events(), dataset.windows());
        report = ProcessMining.mine(aligned, dataset, MiningSettings.defaults());
    }

    @AfterAll
    static void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void ranksThePlantedSlowAccountOpeningFirst() {
        assertThat(report.processes()).isNotEmpty();
        assertThat(report.processes().getFirst().process()).isEqualTo(ACCOUNT_OPEN);
        assertThat(report.processes().getFirst().rank()).isEqualTo(1);
    }

    @Test
    void valuesShrinkingAccountOpeningAsTheGroundTruthDoes() {
        GroundTruth.ProcessStats expected = truthOf(ACCOUNT_OPEN);
        ProcessSummary actual = summaryOf(ACCOUNT_OPEN);
        assertThat(actual.yearlyValueOfShrinking()).isCloseTo(expected.yearlyValueOfSaving(),
                within(expected.yearlyValueOfSaving() * 0.05));
        assertThat(actual.yearlyVolume()).isCloseTo(expected.annualVolume(), within(expected.annualVolume() * 0.05));
    }

    @Test
    void findsEveryPlantedProcessWithItsMedianDuration() {
        for (GroundTruth.ProcessStats expected : truth.processes()) {
            ProcessSummary actual = summaryOf(expected.process());
            assertThat(actual.instances()).as(expected.process()).isEqualTo(expected.count());
            assertThat(actual.openEnded()).as(expected.process()).isZero();
            assertThat(actual.medianSeconds()).as(expected.process()).isCloseTo(expected.medianSeconds(), within(0.5));
        }
    }

    @Test
    void attachesEveryProcessToThePlantedInteraction() {
        Map<String, String> plantedByStart = truth.processInstances().stream().collect(Collectors.toMap(
                instance -> instance.agentId() + "@" + instance.start(), GroundTruth.ProcessInstance::interactionId));
        assertThat(aligned.processes()).hasSize(truth.processInstances().size());
        for (ProcessInstance instance : aligned.processes()) {
            assertThat(instance.interactionId()).as(instance.toString())
                    .isEqualTo(plantedByStart.get(instance.agentId() + "@" + instance.start()));
        }
        assertThat(aligned.unpairedEnds()).isZero();
    }

    @Test
    void followsTheApplicationsOfAccountOpeningInOrder() {
        ProcessSummary accountOpen = summaryOf(ACCOUNT_OPEN);
        assertThat(accountOpen.variants().getFirst().applications())
                .containsExactlyElementsOf(truthOf(ACCOUNT_OPEN).applications());
        assertThat(accountOpen.variants().getFirst().share()).isGreaterThan(0.9);
        assertThat(accountOpen.meanSystemsPerRun()).isGreaterThan(3.5);
        assertThat(accountOpen.slowestStep()).isPresent();
        assertThat(accountOpen.p90Seconds()).isGreaterThan(accountOpen.medianSeconds());
        assertThat(accountOpen.byTeam()).isNotEmpty().allSatisfy(team -> assertThat(team.group()).isNotEqualTo("(unknown)"));
    }

    @Test
    void seesTheCustomerWaitingThroughAccountOpeningButNotThroughProcessesWithSmallTalk() {
        ProcessSummary accountOpen = summaryOf(ACCOUNT_OPEN);
        assertThat(accountOpen.waitingShare()).isGreaterThan(0.9);
        assertThat(accountOpen.meanWaitingSeconds()).isGreaterThan(0.9 * accountOpen.meanSeconds());
        for (ProcessSummary other : report.processes()) {
            if (!other.process().equals(ACCOUNT_OPEN)) {
                assertThat(other.waitingShare()).as(other.process()).isLessThan(0.5);
            }
        }
    }

    private static ProcessSummary summaryOf(String process) {
        return report.processes().stream().filter(summary -> summary.process().equals(process)).findFirst()
                .orElseThrow(() -> new AssertionError("no process " + process + " in " + report.processes()));
    }

    private static GroundTruth.ProcessStats truthOf(String process) {
        Map<String, GroundTruth.ProcessStats> byName = truth.processes().stream()
                .collect(Collectors.toMap(GroundTruth.ProcessStats::process, Function.identity()));
        return byName.get(process);
    }
}
