package io.touchpoint.rules;

import static io.touchpoint.rules.Conversations.analyzed;
import static io.touchpoint.rules.Conversations.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleLanguageTest {

    private static List<Finding> run(String yaml, String... lines) {
        return rules(yaml).findings(analyzed(lines));
    }

    private static String event(String when) {
        return "pack: test\nrules:\n  - id: e\n    type: event\n    when: " + when + "\n";
    }

    @Test
    void phraseMatchesInflectedFormsAndReportsTheSpan() {
        List<Finding> findings = run(event("{phrases: [\"late fee\"]}"),
                "agent: how can I help", "customer: why were there two late fees on my bill");
        assertThat(findings).hasSize(1);
        Finding finding = findings.getFirst();
        assertThat(finding.type()).isEqualTo("event");
        assertThat(finding.name()).isEqualTo("e");
        assertThat(finding.label()).isEqualTo("test");
        assertThat(finding.score()).isEqualTo(1.0);
        Evidence evidence = finding.evidence().getFirst();
        assertThat(evidence.turnIndex()).isEqualTo(1);
        assertThat("why were there two late fees on my bill".substring(evidence.charStart(), evidence.charEnd()))
                .isEqualTo("late fees");
        assertThat(evidence.startMs()).isBetween(4000L, 7000L);
    }
}
