package io.touchpoint.text;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.Analyzer;
import io.touchpoint.text.classify.QueueRoutingAnalyzer;
import io.touchpoint.text.emotion.EmotionAnalyzer;
import io.touchpoint.text.emotion.EmotionDetector;
import io.touchpoint.text.keywords.KeywordAnalyzer;
import io.touchpoint.text.language.LanguageAnalyzer;
import io.touchpoint.text.language.LanguageDetector;
import io.touchpoint.text.pii.PiiDetector;
import io.touchpoint.text.pii.PiiRedactionAnalyzer;
import io.touchpoint.text.sentiment.SentimentAnalyzer;
import java.util.ArrayList;
import java.util.List;

/**
 * The text module's analyzers, in the order they must run: language, pii-redaction (so nothing
 * after it sees personal data), sentiment, emotion (which reads sentiment), keywords, and
 * queue-routing when a routing model is configured.
 *
 * <pre>{@code
 * Pipeline pipeline = new Pipeline(TextAnalyzers.defaults(TextConfig.defaults()));
 * AnalyzedInteraction result = pipeline.run(interaction);
 * }</pre>
 */
public final class TextAnalyzers {

    private TextAnalyzers() {
    }

    /** The analyzers {@code config} asks for; the embedding model loads on first use, not here. */
    public static List<Analyzer> defaults(TextConfig config) {
        requireNonNull(config, "config is null");
        List<Analyzer> analyzers = new ArrayList<>();
        analyzers.add(new LanguageAnalyzer(LanguageDetector.shared(), config.languageMinConfidence()));
        if (config.piiMode() != TextConfig.PiiMode.OFF && !config.piiTypes().isEmpty()) {
            analyzers.add(new PiiRedactionAnalyzer(PiiDetector.of(config.piiTypes()),
                    config.piiMode() == TextConfig.PiiMode.REDACT));
        }
        analyzers.add(new SentimentAnalyzer(config.sentimentMode().scorer()));
        analyzers.add(new EmotionAnalyzer(EmotionDetector.standard()));
        if (config.keywordsPerInteraction() > 0) {
            analyzers.add(new KeywordAnalyzer(config.keywordsPerInteraction(), config.keywordCorpus()));
        }
        config.routing().ifPresent(model -> analyzers.add(
                new QueueRoutingAnalyzer(model, QueueRoutingAnalyzer.WRITTEN_CHANNELS, 0.5)));
        return List.copyOf(analyzers);
    }
}
