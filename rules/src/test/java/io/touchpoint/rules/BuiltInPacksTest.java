package io.touchpoint.rules;

import static io.touchpoint.rules.Conversations.analyzed;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.Finding;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BuiltInPacksTest {

    private static RuleSet builtIn;

    @BeforeAll
    static void compile() {
        builtIn = RuleSet.fromSources(RuleSet.builtInSources(), () -> {
            throw new AssertionError("built-in packs must not need the embedding model");
        });
    }

    private static List<String> events(String... lines) {
        return builtIn.findings(analyzed(lines)).stream().filter(f -> f.type().equals("event")).map(Finding::name).toList();
    }

    @Test
    void everyExampleWrittenBesideABuiltInRuleHolds() {
        assertThat(RuleDebugger.checkExamples(builtIn)).isEmpty();
        assertThat(builtIn.rules().stream().mapToInt(r -> r.examples().size()).sum()).isGreaterThan(50);
    }

    @Test
    void cancellingAnOrderIsNotAChurnThreat() {
        assertThat(events("customer: can you cancel that last order, I ordered the wrong size")).doesNotContain("churn_threat");
        assertThat(events("customer: cancel my service, I'm done")).contains("churn_threat");
    }

    @Test
    void sueTheDogIsNotALawsuit() {
        assertThat(events("customer: Sue the dog chewed the router cable")).doesNotContain("lawsuit_threat");
        assertThat(events("customer: my dog Sue chewed the cable, I could sue her")).doesNotContain("lawsuit_threat");
        assertThat(events("customer: fix it or I will sue you")).contains("lawsuit_threat");
    }

    @Test
    void aRuleCanRequireTheCustomerSpeakerAndANearbyWord() {
        // "attorney" from the agent, or without "my" close by, is no legal representation.
        assertThat(events("agent: my attorney friend says hi", "customer: ok")).doesNotContain("attorney_mention");
        assertThat(events("customer: my sister is an attorney and told me to pay")).doesNotContain("attorney_mention");
        assertThat(events("customer: please talk to my attorney, not me")).contains("attorney_mention");
    }
}
