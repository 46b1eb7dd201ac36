package io.touchpoint.text.pii;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Analyzer;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Turn;
import io.touchpoint.text.TextFindings;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds personal data in every turn and, in redact mode, replaces it with typed placeholders
 * ({@code [CARD]}) before anything downstream sees or stores the text.
 *
 * <p>Each span becomes a {@code pii} finding named for its type, whose evidence points at the
 * ORIGINAL text: the turn, its characters and, interpolated from them, its milliseconds, so that
 * audio redaction can silence the same stretch of a recording. Each turn is read with the turn
 * before it as context, so that "It's 123456789." after "What is your social?" is an SSN.
 */
public final class PiiRedactionAnalyzer implements Analyzer {

    private final PiiDetector detector;
    private final boolean redact;

    /**
     * @param redact replace the text ({@code true}) or only report findings ({@code false})
     */
    public PiiRedactionAnalyzer(PiiDetector detector, boolean redact) {
        this.detector = requireNonNull(detector, "detector is null");
        this.redact = redact;
    }

    @Override
    public String name() {
        return TextFindings.PII_ANALYZER;
    }

    @Override
    public AnalyzedInteraction analyze(AnalyzedInteraction input) {
        Interaction interaction = input.interaction();
        List<Turn> turns = interaction.turns();
        List<Turn> redactedTurns = new ArrayList<>(turns.size());
        List<Finding> findings = new ArrayList<>();
        boolean changed = false;
        String previous = "";
        for (int index = 0; index < turns.size(); index++) {
            Turn turn = turns.get(index);
            List<PiiSpan> spans = detector.detect(turn.text(), previous);
            previous = turn.text();
            for (PiiSpan span : spans) {
                findings.add(new Finding(name(), TextFindings.PII, span.type().name(), redact ? "redacted" : "detected",
                        1.0, span.confidence(), List.of(Evidence.ofSpan(index, turn, span.start(), span.end()))));
            }
            if (redact && !spans.isEmpty()) {
                redactedTurns.add(turn.withText(Redaction.of(turn.text(), spans).redacted()));
                changed = true;
            } else {
                redactedTurns.add(turn);
            }
        }
        AnalyzedInteraction result = input.plus(findings);
        return changed ? result.withInteraction(interaction.withTurns(redactedTurns)) : result;
    }
}
