package io.touchpoint.insights.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.Finding;
import io.touchpoint.insights.SimulatedAnalyzedStore;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drivers on the simulator's analyzed store. The simulator's planted churners leave after contacts with churn
 * threats, complaints, anger and outages (the ground truth's churn signals), and its angry customers ask for a
 * manager; the driver analysis must find those.
 */
class SimulatedDriversTest {

    static SimulatedAnalyzedStore simulated;
    static DriverReport report;

    @BeforeAll
    static void analyze() throws Exception {
        simulated = SimulatedAnalyzedStore.shared(3000, 5, true);
        report = Drivers.analyze(simulated.store(), 0.05);
    }

    @Test
    void findsThePlantedChurnSignalsAmongTheDriversOfChurn() {
        assertThat(simulated.truth().churnSignals().values().stream().flatMap(List::stream))
                .contains("churn_threat", "complaint", "outage");
        List<Driver> churn = report.of("churn");
        assertThat(churn).extracting(Driver::name).contains("churn_threat", "complaint", "Network/Outage");
        assertThat(churn).allSatisfy(driver -> {
            assertThat(driver.riskDifference()).isPositive();
            assertThat(driver.pValue()).isLessThan(0.05);
            assertThat(driver.withRate()).isGreaterThan(driver.withoutRate());
        });
        assertThat(churn).isSortedAccordingTo(Comparator.comparingDouble(Driver::attributable).reversed());
    }

    @Test
    void findsComplaintsAndEscalationRequestsBehindNegativeSentiment() {
        List<Driver> negative = report.of("negative_sentiment");
        Driver escalation = negative.stream().filter(d -> d.name().equals("escalation_request")).findFirst().orElseThrow();
        assertThat(escalation.riskRatio()).isGreaterThan(2);
        assertThat(negative).extracting(Driver::name).contains("complaint");
        assertThat(report.of("escalation")).extracting(Driver::name).doesNotContain("escalation_request");
    }

    @Test
    void drillsDownToInteractionsThatHaveTheDriverAndTheOutcome() {
        Driver complaint = report.of("negative_sentiment").stream().filter(d -> d.name().equals("complaint"))
                .findFirst().orElseThrow();
        assertThat(complaint.exampleIds()).hasSize(5);
        for (String id : complaint.exampleIds()) {
            List<Finding> findings = simulated.store().findings(id);
            assertThat(findings).anyMatch(f -> f.type().equals("event") && f.name().equals("complaint"));
            assertThat(findings).anyMatch(f -> f.type().equals("sentiment.speaker") && f.name().equals("customer")
                    && f.score() < 0);
        }
        assertThat(report.baseRates()).containsKeys("negative_sentiment", "repeat_contact", "escalation", "churn");
    }
}
