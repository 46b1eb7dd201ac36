package io.touchpoint.text.language;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Analyzer;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Turn;
import io.touchpoint.text.TextFindings;
import io.touchpoint.text.language.LanguageDetector.DetectedLanguage;
import java.util.List;

/**
 * Finds the language of an interaction from all its turns and records a {@code language} finding
 * (label the ISO 639-1 code, score the confidence). When the source gave no language and the
 * detector is confident enough, the interaction's {@code language} is set as well.
 */
public final class LanguageAnalyzer implements Analyzer {

    /** Fewer letters than this say too little about a language to report one. */
    static final int MIN_LETTERS = 12;

    private final LanguageDetector detector;
    private final double minConfidence;

    public LanguageAnalyzer(LanguageDetector detector, double minConfidence) {
        this.detector = requireNonNull(detector, "detector is null");
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be in [0, 1], got " + minConfidence);
        }
        this.minConfidence = minConfidence;
    }

    @Override
    public String name() {
        return TextFindings.LANGUAGE_ANALYZER;
    }

    @Override
    public AnalyzedInteraction analyze(AnalyzedInteraction input) {
        Interaction interaction = input.interaction();
        StringBuilder text = new StringBuilder();
        for (Turn turn : interaction.turns()) {
            if (text.length() > 2000) {
                break;
            }
            text.append(turn.text()).append('\n');
        }
        if (text.chars().filter(Character::isLetter).count() < MIN_LETTERS) {
            return input;
        }
        DetectedLanguage language = detector.detect(text.toString());
        double confidence = Math.max(0, Math.min(1, language.confidence()));
        Finding finding = new Finding(name(), TextFindings.LANGUAGE, "language", language.code(), confidence, confidence,
                List.of(Evidence.WHOLE_INTERACTION));
        AnalyzedInteraction result = input.plus(List.of(finding));
        if (interaction.language() == null && confidence >= minConfidence) {
            result = result.withInteraction(interaction.withLanguage(language.code()));
        }
        return result;
    }
}
