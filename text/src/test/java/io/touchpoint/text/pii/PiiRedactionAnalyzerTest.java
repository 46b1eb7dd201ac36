package io.touchpoint.text.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Turn;
import io.touchpoint.text.Conversations;
import io.touchpoint.text.TextFindings;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PiiRedactionAnalyzerTest {

    private final Interaction call = Conversations.call(
            "agent: Can I have your date of birth?",
            "customer: Sure, it's March 2, 1985.",
            "agent: And the card you want to use?",
            "customer: four one one one, one one one one, one one one one, one one one one. Email me at a.b@example.com");

    @Test
    void replacesPersonalDataWithTypedPlaceholdersAndKeepsOriginalSpansAsEvidence() {
        AnalyzedInteraction result = new PiiRedactionAnalyzer(PiiDetector.all(), true).analyze(AnalyzedInteraction.of(call));

        List<Turn> turns = result.interaction().turns();
        assertThat(turns.get(1).text()).isEqualTo("Sure, it's [DOB].");
        assertThat(turns.get(3).text()).isEqualTo("[CARD]. Email me at [EMAIL]");
        assertThat(turns.get(0).text()).isEqualTo(call.turns().get(0).text());

        List<Finding> pii = result.findingsOfType(TextFindings.PII);
        assertThat(pii).extracting(Finding::name).containsExactly("DOB", "CARD", "EMAIL");
        assertThat(pii).allSatisfy(finding -> assertThat(finding.analyzer()).isEqualTo("pii-redaction"));
        Evidence card = pii.get(1).evidence().get(0);
        Turn original = call.turns().get(3);
        assertThat(original.text().substring(card.charStart(), card.charEnd()))
                .isEqualTo("four one one one, one one one one, one one one one, one one one one");
        // Times for silencing audio: within the turn, from its start.
        assertThat(card.startMs()).isEqualTo(original.startMs());
        assertThat(card.endMs()).isLessThan(original.endMs()).isGreaterThan(original.startMs());
    }

    @Test
    void detectModeReportsFindingsButLeavesTheText() {
        AnalyzedInteraction result = new PiiRedactionAnalyzer(PiiDetector.all(), false).analyze(AnalyzedInteraction.of(call));

        assertThat(result.interaction()).isEqualTo(call);
        assertThat(result.findingsOfType(TextFindings.PII)).hasSize(3)
                .allSatisfy(finding -> assertThat(finding.label()).isEqualTo("detected"));
    }

    @Test
    void redactsOnlyTheConfiguredTypes() {
        AnalyzedInteraction result = new PiiRedactionAnalyzer(PiiDetector.of(EnumSet.of(PiiType.EMAIL)), true)
                .analyze(AnalyzedInteraction.of(call));

        assertThat(result.interaction().turns().get(1).text()).isEqualTo("Sure, it's March 2, 1985.");
        assertThat(result.interaction().turns().get(3).text()).endsWith("[EMAIL]").startsWith("four one one one");
    }
}
