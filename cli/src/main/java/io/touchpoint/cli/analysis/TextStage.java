package io.touchpoint.cli.analysis;

import io.touchpoint.core.analysis.Analyzer;
import io.touchpoint.text.TextAnalyzers;
import io.touchpoint.text.TextConfig;
import java.util.List;

/** The text analyzers of the pipeline: language, PII redaction, sentiment, emotion, keywords. */
final class TextStage {

    private TextStage() {
    }

    static List<Analyzer> analyzers(TextConfig config) {
        return TextAnalyzers.defaults(config);
    }

    /** Part of the pipeline version: a different sentiment or PII mode re-analyzes everything. */
    static String version(TextConfig config) {
        return "text-" + config.sentimentMode().name().toLowerCase(java.util.Locale.ROOT) + "-pii-" + config.piiMode().wireName();
    }
}
