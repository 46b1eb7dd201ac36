package io.touchpoint.insights.churn;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.ingest.ConnectorRegistry;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.progress.ProgressListener;
import io.touchpoint.ingest.DeadLetterWriter;
import io.touchpoint.ingest.IngestJob;
import io.touchpoint.simulator.ContactCenterSimulator;
import io.touchpoint.simulator.SimulatedContactCenter;
import io.touchpoint.simulator.SimulationConfig;
import io.touchpoint.simulator.SimulationWriter;
import io.touchpoint.store.TouchpointStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store path on the simulator's contact center: generated, written, ingested with the real
 * ingest job into a real store, then features at cut-off dates. The simulator plants churners
 * whose CRM record and whose conversations both carry signals, so interaction features must add
 * lift over the CRM alone.
 */
class SimulatedStoreChurnTest {

    static final int INTERACTIONS = 12_000;
    static final int HORIZON_DAYS = 30;

    @TempDir
    static Path folder;

    static TouchpointStore store;
    static SimulatedContactCenter center;
    static LocalDate start;

    @BeforeAll
    static void ingestSimulatedCenter() throws Exception {
        SimulationConfig config = SimulationConfig.of(INTERACTIONS, Long.getLong("churn.simulator.seed", 9));
        start = config.startDate();
        center = new ContactCenterSimulator(config).generate();
        var files = SimulationWriter.write(center, folder.resolve("source"));
        store = TouchpointStore.open(folder.resolve("data"));
        try (DeadLetterWriter deadLetters = new DeadLetterWriter(folder.resolve("dead-letter.ndjson"))) {
            new IngestJob(ConnectorRegistry.load(), store, deadLetters, IngestOptions.defaults(), ProgressListener.NONE, 2000)
                    .run(List.of(files.customers(), files.interactions(), files.mailbox(), files.socialPosts()));
        }
    }

    @AfterAll
    static void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void featuresUseOnlyInteractionsBeforeTheCutoffAndLabelTheHorizonAfterIt() {
        Connection connection = store.duckdb();
        LocalDate cutoff = start.plusDays(30);
        CustomerTable table = StoreChurnFeatures.build(connection, cutoff, HORIZON_DAYS);
        CustomerTable atStart = StoreChurnFeatures.build(connection, start, HORIZON_DAYS);
        // Nothing happened before the first day: every contact count is zero there.
        assertThat(atStart.column("contacts_90d")).containsOnly("0");
        assertThat(table.column("contacts_30d")).anyMatch(count -> !count.equals("0"));
        // Customers who churned on or before the cut-off are not in the snapshot.
        long churnedBefore = center.customers().stream()
                .filter(customer -> customer.churnDate() != null && !customer.churnDate().isAfter(cutoff)).count();
        assertThat(table.size()).isEqualTo(center.customers().size() - churnedBefore);
        long labelled = center.customers().stream().filter(customer -> customer.churnDate() != null
                && customer.churnDate().isAfter(cutoff) && !customer.churnDate().isAfter(cutoff.plusDays(HORIZON_DAYS))).count();
        assertThat(table.column("churned").stream().filter("1"::equals).count()).isEqualTo(labelled).isPositive();
    }

    @Test
    void interactionSignalsAddLiftOverCrmFeatures() {
        Connection connection = store.duckdb();
        // Training snapshot at day 30 (outcomes known by day 60); validation and test at day 60.
        CustomerTable earlier = StoreChurnFeatures.build(connection, start.plusDays(30), HORIZON_DAYS);
        CustomerTable later = StoreChurnFeatures.build(connection, start.plusDays(60), HORIZON_DAYS);
        BinaryLabel label = BinaryLabel.detect(later, StoreChurnFeatures.LABEL_COLUMN);
        int[] labels = later.column(StoreChurnFeatures.LABEL_COLUMN).stream().mapToInt(v -> label.encode(v, "later", 0)).toArray();
        StratifiedSplit split = StratifiedSplit.of(labels, 0.5, 3);
        CustomerTable validation = later.select(split.kept());
        CustomerTable test = later.select(split.heldOut());

        ClassificationMetrics crmOnly = trainAndTest(earlier, validation, test, StoreChurnFeatures.interactionColumns(earlier));
        ClassificationMetrics full = trainAndTest(earlier, validation, test, List.of());
        System.out.printf(Locale.ROOT, "simulator (%d interactions): training rows %d (churners %d), test rows %d (churners %d)%n",
                INTERACTIONS, earlier.size(), earlier.column("churned").stream().filter("1"::equals).count(), test.size(),
                crmOnly.positives());
        print("CRM only", crmOnly);
        print("CRM + interactions", full);
        assertThat(full.auc()).isGreaterThan(crmOnly.auc());
        assertThat(full.averagePrecision()).isGreaterThan(crmOnly.averagePrecision());
    }

    @Test
    void storesScoresAndReportsHighValueCustomersAtRisk() {
        Connection connection = store.duckdb();
        LocalDate cutoff = StoreChurnTraining.latestLabelledCutoff(connection, HORIZON_DAYS);
        try (ChurnModel model = new StoreChurnTraining(TrainingOptions.defaults()).train(connection, cutoff, HORIZON_DAYS, List.of())) {
            LocalDate now = StoreChurnFeatures.latestCutoff(connection);
            List<ChurnScore> scores = StoreChurnTraining.score(model, connection, now);
            ChurnScoreStore scoreStore = new ChurnScoreStore(store);
            scoreStore.replaceAll(scores, now, "test.model", java.time.Instant.parse("2026-04-05T00:00:00Z"));
            scoreStore.replaceAll(scores, now, "test.model", java.time.Instant.parse("2026-04-05T00:00:00Z"));
            ChurnRiskReport report = scoreStore.report(0.0, 80, 10_000);
            assertThat(report.customers()).hasSize(scores.size());
            ChurnRiskReport top = scoreStore.report(0.3, 80, 20);
            assertThat(top.customers()).isNotEmpty().allSatisfy(customer -> assertThat(customer.probability()).isGreaterThanOrEqualTo(0.3));
            assertThat(top.customers()).isSortedAccordingTo(java.util.Comparator.comparingDouble(ChurnRiskReport.AtRiskCustomer::probability).reversed());
            assertThat(top.customers().get(0).reasons()).isNotEmpty();
            assertThat(top.alerts()).allSatisfy(customer -> assertThat(customer.monthlyCharge()).isGreaterThanOrEqualTo(80));
            top.customers().stream().limit(5).forEach(customer -> System.out.printf(Locale.ROOT, "at risk %s %.3f %s %s%n",
                    customer.customerId(), customer.probability(), customer.monthlyCharge(), customer.reasons()));
        }
    }

    static ClassificationMetrics trainAndTest(CustomerTable training, CustomerTable validation, CustomerTable test, List<String> excluded) {
        FeatureSchema schema = FeatureSchema.infer(training, StoreChurnFeatures.ID_COLUMN, StoreChurnFeatures.LABEL_COLUMN, excluded,
                StoreChurnFeatures.PHRASES);
        try (ChurnModel model = new ChurnTrainer(TrainingOptions.defaults()).train(schema, schema.encode(training), schema.encode(validation))) {
            List<ChurnScore> scores = model.score(test);
            scores.stream().sorted(java.util.Comparator.comparingDouble(ChurnScore::probability).reversed()).limit(3)
                    .forEach(score -> System.out.printf(Locale.ROOT, "  %s %.3f %s%n", score.customerId(), score.probability(), score.reasonText()));
            return model.evaluate(test);
        }
    }

    static void print(String what, ClassificationMetrics metrics) {
        System.out.printf(Locale.ROOT, "%s: AUC %.4f PR-AUC %.4f Brier %.4f%n", what, metrics.auc(), metrics.averagePrecision(), metrics.brier());
        metrics.reliability().forEach(bin -> System.out.printf(Locale.ROOT, "  decile %d rows %d predicted %.3f observed %.3f%n",
                bin.bin(), bin.rows(), bin.meanPredicted(), bin.observedRate()));
    }
}
