package io.touchpoint.quality;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Analyzer;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.quality.scorecard.Scorecard;
import io.touchpoint.quality.scorecard.ScorecardLibrary;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline step that scores every interaction on every scorecard that applies to it: one
 * {@code qa.answer} finding per question and one {@code qa} finding with the 0..100 total (see
 * {@link QualityFindings}). Runs after the rule analyzer, whose behaviour, compliance, event and
 * category findings it reads, and after metrics and sentiment.
 *
 * <pre>{@code
 * Pipeline pipeline = new Pipeline(List.of(new HandleTimeAnalyzer(), new RuleAnalyzer(RuleSet.builtIn()),
 *         QualityAnalyzer.builtIn()));
 * }</pre>
 */
public final class QualityAnalyzer implements Analyzer {

    private final ScorecardLibrary scorecards;

    public QualityAnalyzer(ScorecardLibrary scorecards) {
        this.scorecards = requireNonNull(scorecards, "scorecards is null");
    }

    /** The built-in scorecards: customer service, sales, collections. */
    public static QualityAnalyzer builtIn() {
        return new QualityAnalyzer(ScorecardLibrary.builtIn());
    }

    public ScorecardLibrary scorecards() {
        return scorecards;
    }

    @Override
    public String name() {
        return QualityFindings.ANALYZER;
    }

    @Override
    public AnalyzedInteraction analyze(AnalyzedInteraction input) {
        // Re-scoring an analysis (e.g. with other scorecards) replaces earlier quality findings.
        AnalyzedInteraction base = input.findings().stream().anyMatch(QualityAnalyzer::isQualityFinding)
                ? new AnalyzedInteraction(input.interaction(),
                        input.findings().stream().filter(finding -> !isQualityFinding(finding)).toList())
                : input;
        List<Finding> findings = new ArrayList<>();
        for (Scorecard scorecard : scorecards.all()) {
            ScorecardEvaluator.evaluate(scorecard, base).ifPresent(result -> findings.addAll(findings(result)));
        }
        return findings.isEmpty() ? base : base.plus(findings);
    }

    /** The findings that record one scorecard result. */
    public static List<Finding> findings(ScorecardResult result) {
        List<Finding> findings = new ArrayList<>(result.answers().size() + 1);
        String card = result.scorecard().name();
        for (QuestionResult answer : result.answers()) {
            findings.add(new Finding(QualityFindings.ANALYZER, QualityFindings.ANSWER,
                    QualityFindings.answerName(card, answer.question().id()), answer.answer().wireName(),
                    answer.strength(), answer.confidence(), answer.evidence()));
        }
        findings.add(new Finding(QualityFindings.ANALYZER, QualityFindings.SCORE, card, result.label(),
                result.score().value(), result.confidence(), List.of(Evidence.WHOLE_INTERACTION)));
        return findings;
    }

    private static boolean isQualityFinding(Finding finding) {
        return finding.analyzer().equals(QualityFindings.ANALYZER);
    }
}
