package io.touchpoint.cli.analysis;

import io.touchpoint.core.analysis.Analyzer;
import java.util.List;

/** The text analyzers of the pipeline (language, PII redaction, sentiment, emotion, keywords). */
final class TextStage {

    private TextStage() {
    }

    static List<Analyzer> analyzers() {
        return List.of();
    }

    static String version() {
        return "text-none";
    }
}
