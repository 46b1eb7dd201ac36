package io.touchpoint.insights.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.touchpoint.insights.SimulatedAnalyzedStore;
import io.touchpoint.insights.impact.CategoryImpact;
import io.touchpoint.insights.impact.Quantification;
import io.touchpoint.insights.impact.QuantifySettings;
import io.touchpoint.insights.impact.Quantifier;
import io.touchpoint.insights.process.CostModel;
import io.touchpoint.simulator.GroundTruth;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quantification and opportunities on the simulator's contact center, analyzed by the real pipeline. The simulator
 * makes the contacts that run a desktop process (plan change, payment arrangement, device troubleshooting) longer,
 * plants angry customers who ask for a manager and customers who praise the agent, and plants the desktop processes
 * whose yearly volume and mean duration its ground truth records.
 */
class SimulatedOpportunitiesTest {

    static SimulatedAnalyzedStore simulated;
    static Quantification quantification;
    static List<Opportunity> opportunities;

    @BeforeAll
    static void analyzeSimulatedCenter() throws Exception {
        simulated = SimulatedAnalyzedStore.shared(3000, 5, true);
        quantification = Quantifier.quantify(simulated.store(), CostModel.defaults(), QuantifySettings.defaults());
        opportunities = Opportunities.rank(simulated.store(), CostModel.defaults(), QuantifySettings.defaults(),
                OpportunitySettings.defaults());
    }

    @Test
    void findsTheCategoriesWithADesktopProcessCostlierThanComparableContacts() {
        for (String category : List.of("Plan/Change plan", "Payments/Payment arrangement", "Device/Fault or return")) {
            CategoryImpact impact = quantification.impact(CategoryImpact.CATEGORY, category).orElseThrow();
            assertThat(impact.handleTime().delta()).as(category).isGreaterThan(30);
            assertThat(impact.handleTime().pValue()).as(category).isLessThan(1e-3);
            assertThat(impact.yearlyCost()).as(category).isPositive();
            assertThat(impact.fullTimeEquivalents()).isCloseTo(impact.excessMinutesPerYear() / 100_000, within(1e-12));
        }
    }

    @Test
    void measuresThePlantedSentimentOfEscalationsAndPraise() {
        CategoryImpact escalation = quantification.impact(CategoryImpact.EVENT, GroundTruth.ESCALATION_REQUEST).orElseThrow();
        assertThat(escalation.sentiment().delta()).isLessThan(-0.05);
        assertThat(escalation.sentiment().pValue()).isLessThan(1e-3);
        assertThat(escalation.escalation()).as("no effect of an event on itself").isNull();
        CategoryImpact praise = quantification.impact(CategoryImpact.EVENT, GroundTruth.PRAISE).orElseThrow();
        assertThat(praise.sentiment().delta()).isGreaterThan(0.05);
        assertThat(praise.sentiment().pValue()).isLessThan(1e-3);
    }

    @Test
    void sharesAndCountsAddUpToTheStore() {
        long interactions = simulated.store().stats().interactions();
        assertThat(quantification.interactions()).isEqualTo(interactions);
        for (CategoryImpact impact : quantification.impacts()) {
            assertThat(impact.share()).isCloseTo((double) impact.count() / interactions, within(1e-12));
            assertThat(impact.interactionIds()).hasSize((int) Math.min(impact.count(), 100)).doesNotHaveDuplicates();
        }
        // Top levels hold their sub-categories.
        long billing = quantification.impacts().stream()
                .filter(impact -> impact.kind().equals("category") && impact.name().startsWith("Billing/"))
                .mapToLong(CategoryImpact::count).sum();
        assertThat(quantification.impact("category", "Billing").orElseThrow().count()).isBetween(1L, billing);
    }

    @Test
    void valuesDesktopProcessAutomationAsTheGroundTruthDoes() {
        for (GroundTruth.ProcessStats process : simulated.truth().processes()) {
            Opportunity opportunity = opportunities.stream()
                    .filter(o -> o.source().equals("desktop_process") && o.subject().equals(process.process()))
                    .findFirst().orElseThrow();
            double expected = process.annualVolume() * process.meanSeconds() / 60.0 * 0.3;
            assertThat(opportunity.yearlyValue()).as(process.process()).isCloseTo(expected, within(expected * 0.01));
            assertThat(opportunity.evidenceCount()).isEqualTo(process.count());
            assertThat(opportunity.exampleIds()).isNotEmpty();
        }
    }

    @Test
    void ranksByYearlyValueWithEvidenceAndExamplesAndNoParentCategoryTwice() {
        assertThat(opportunities).isSortedAccordingTo(Comparator.comparingDouble(Opportunity::yearlyValue).reversed());
        assertThat(opportunities).extracting(Opportunity::rank)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, opportunities.size()).boxed().toList());
        assertThat(opportunities).allSatisfy(o -> {
            assertThat(o.yearlyValue()).isPositive();
            assertThat(o.evidenceCount()).isPositive();
            assertThat(o.exampleIds()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
            assertThat(o.type()).isIn(Opportunity.AUTOMATION, Opportunity.TRAINING);
        });
        assertThat(opportunities).extracting(Opportunity::subject).doesNotContainAnyElementsOf(Set.of("Plan", "Payments", "Device"));
        assertThat(opportunities).anyMatch(o -> o.source().equals("behaviour"));
    }
}
