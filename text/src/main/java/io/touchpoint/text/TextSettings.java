package io.touchpoint.text;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.analysis.Analyzer;
import io.touchpoint.text.classify.QueueRoutingAnalyzer;
import io.touchpoint.text.classify.TextClassifier;
import io.touchpoint.text.pii.PiiDetector;
import io.touchpoint.text.pii.PiiRedactionAnalyzer;
import io.touchpoint.text.pii.PiiType;
import io.touchpoint.text.sentiment.SentimentMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code text.*} settings of a configuration (a properties file, environment
 * variables) into a {@link TextConfig}, with errors that name the key, and builds the analyzers
 * that run at ingest, before anything is stored.
 *
 * <p>Keys: {@code text.sentiment-mode}, {@code text.pii-mode}, {@code text.pii-types}
 * (comma-separated, or {@code all}), {@code text.keywords}, {@code text.language-min-confidence},
 * {@code text.routing-model} (a {@code *.tpmodel} file, relative to {@code baseDir}) and
 * {@code text.routing-min-confidence}. Other keys are ignored.
 */
public final class TextSettings {

    public static final String SENTIMENT_MODE = "text.sentiment-mode";
    public static final String PII_MODE = "text.pii-mode";
    public static final String PII_TYPES = "text.pii-types";
    public static final String KEYWORDS = "text.keywords";
    public static final String LANGUAGE_MIN_CONFIDENCE = "text.language-min-confidence";
    public static final String ROUTING_MODEL = "text.routing-model";
    public static final String ROUTING_MIN_CONFIDENCE = "text.routing-min-confidence";

    /** The confidence a routing prediction needs before it sets an unrouted contact's queue. */
    public static final double DEFAULT_ROUTING_MIN_CONFIDENCE = 0.5;

    private TextSettings() {
    }

    /**
     * {@code base} with every {@code text.*} key of {@code settings} applied.
     *
     * @throws TouchpointException USER_ERROR naming the key when a value is invalid or the routing
     *     model cannot be read
     */
    public static TextConfig apply(TextConfig base, Map<String, String> settings, Path baseDir) {
        requireNonNull(base, "base is null");
        requireNonNull(settings, "settings is null");
        TextConfig config = base;
        String sentiment = settings.get(SENTIMENT_MODE);
        if (sentiment != null) {
            config = config.withSentimentMode(parse(SENTIMENT_MODE, sentiment, () -> SentimentMode.parse(sentiment)));
        }
        String piiMode = settings.get(PII_MODE);
        String piiTypes = settings.get(PII_TYPES);
        if (piiMode != null || piiTypes != null) {
            TextConfig.PiiMode mode = piiMode == null ? config.piiMode()
                    : parse(PII_MODE, piiMode, () -> TextConfig.PiiMode.parse(piiMode));
            Set<PiiType> types = piiTypes == null ? config.piiTypes() : piiTypes(piiTypes);
            config = config.withPii(mode, types);
        }
        String keywords = settings.get(KEYWORDS);
        if (keywords != null) {
            int perInteraction = parse(KEYWORDS, keywords, () -> Integer.parseInt(keywords.strip()));
            TextConfig current = config;
            config = parse(KEYWORDS, keywords, () -> current.withKeywords(perInteraction, current.corpus().orElse(null)));
        }
        String minConfidence = settings.get(LANGUAGE_MIN_CONFIDENCE);
        if (minConfidence != null) {
            double value = parse(LANGUAGE_MIN_CONFIDENCE, minConfidence, () -> Double.parseDouble(minConfidence.strip()));
            TextConfig current = config;
            config = parse(LANGUAGE_MIN_CONFIDENCE, minConfidence, () -> new TextConfig(current.sentimentMode(),
                    current.piiMode(), current.piiTypes(), current.keywordsPerInteraction(), value,
                    current.corpus().orElse(null), current.routing().orElse(null)));
        }
        String routing = settings.get(ROUTING_MODEL);
        if (routing != null && !routing.isBlank()) {
            Path model = baseDir == null ? Path.of(routing.strip()) : baseDir.resolve(routing.strip());
            if (!Files.isRegularFile(model)) {
                throw TouchpointException.userError(ROUTING_MODEL + ": no such file: " + model
                        + " (train one with: touchpoint classifier train --label-column queue ...)");
            }
            try {
                config = config.withRouting(TextClassifier.load(model));
            } catch (RuntimeException e) {
                throw TouchpointException.userError(ROUTING_MODEL + ": cannot read " + model + ": " + e.getMessage());
            }
        }
        return config;
    }

    /** {@code text.routing-min-confidence}, or the default. */
    public static double routingMinConfidence(Map<String, String> settings) {
        String value = settings.get(ROUTING_MIN_CONFIDENCE);
        if (value == null) {
            return DEFAULT_ROUTING_MIN_CONFIDENCE;
        }
        double parsed = parse(ROUTING_MIN_CONFIDENCE, value, () -> Double.parseDouble(value.strip()));
        if (!(parsed >= 0 && parsed <= 1)) {
            throw TouchpointException.userError(ROUTING_MIN_CONFIDENCE + ": must be between 0 and 1, got " + value);
        }
        return parsed;
    }

    /**
     * The analyzers that run on every interaction before its first write: PII redaction (or
     * detection) and, when a routing model is configured, queue routing of written contacts.
     * The store then never holds the personal data the redactor found.
     */
    public static List<Analyzer> ingestAnalyzers(TextConfig config, double routingMinConfidence) {
        requireNonNull(config, "config is null");
        List<Analyzer> analyzers = new ArrayList<>();
        if (config.piiMode() != TextConfig.PiiMode.OFF && !config.piiTypes().isEmpty()) {
            analyzers.add(new PiiRedactionAnalyzer(PiiDetector.of(config.piiTypes()),
                    config.piiMode() == TextConfig.PiiMode.REDACT));
        }
        config.routing().ifPresent(model -> analyzers.add(
                new QueueRoutingAnalyzer(model, QueueRoutingAnalyzer.WRITTEN_CHANNELS, routingMinConfidence)));
        return List.copyOf(analyzers);
    }

    private static Set<PiiType> piiTypes(String value) {
        if (value.isBlank() || value.strip().equalsIgnoreCase("none")) {
            return Set.of();
        }
        if (value.strip().equalsIgnoreCase("all")) {
            return EnumSet.allOf(PiiType.class);
        }
        Set<PiiType> types = EnumSet.noneOf(PiiType.class);
        for (String part : value.split(",")) {
            types.add(parse(PII_TYPES, part, () -> PiiType.parse(part.strip().toUpperCase(Locale.ROOT))));
        }
        return types;
    }

    private interface Parser<T> {
        T parse();
    }

    private static <T> T parse(String key, String value, Parser<T> parser) {
        try {
            return parser.parse();
        } catch (IllegalArgumentException e) {
            throw TouchpointException.userError(key + ": invalid value '" + value + "': " + e.getMessage());
        }
    }
}
