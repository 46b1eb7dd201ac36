package io.touchpoint.text;

import static java.util.Objects.requireNonNull;

import io.touchpoint.text.classify.TextClassifier;
import io.touchpoint.text.keywords.DocumentFrequencies;
import io.touchpoint.text.pii.PiiType;
import io.touchpoint.text.sentiment.SentimentMode;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Configuration of the text analyzers.
 *
 * <table>
 *   <caption>keys, as the server and CLI configuration name them</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>text.sentiment-mode</td><td>embedding</td><td>{@code embedding} (bge-small model), {@code embedding-fast} (MiniLM model) or {@code lexicon} (rules)</td></tr>
 *   <tr><td>text.pii-mode</td><td>redact</td><td>{@code redact} (replace text), {@code detect} (findings only) or {@code off}</td></tr>
 *   <tr><td>text.pii-types</td><td>all</td><td>which of CARD, SSN, PHONE, EMAIL, IBAN, ACCOUNT, DOB, ADDRESS, NAME</td></tr>
 *   <tr><td>text.keywords</td><td>10</td><td>keywords per interaction, 0 for none</td></tr>
 *   <tr><td>text.language-min-confidence</td><td>0.5</td><td>below it, no language is set on the interaction</td></tr>
 *   <tr><td>text.routing-model</td><td>none</td><td>queue classifier for e-mail, chat, web form, SMS, social</td></tr>
 * </table>
 *
 * @param keywordCorpus document frequencies of the corpus, so that keywords are distinctive against
 *        it; {@code null} scores terms within each interaction only
 * @param routingModel a queue classifier for written contacts ({@code text.routing-model}, a
 *        {@code *.tpmodel} file); {@code null} for no routing
 */
public record TextConfig(
        SentimentMode sentimentMode,
        PiiMode piiMode,
        Set<PiiType> piiTypes,
        int keywordsPerInteraction,
        double languageMinConfidence,
        DocumentFrequencies keywordCorpus,
        TextClassifier routingModel) {

    /** What the PII analyzer does. */
    public enum PiiMode {
        /** Replace personal data in the turn text with typed placeholders before anything is stored. */
        REDACT,
        /** Report personal data as findings but leave the text as it is. */
        DETECT,
        /** Do not look for personal data. */
        OFF;

        public static PiiMode parse(String value) {
            if (value != null) {
                for (PiiMode mode : values()) {
                    if (mode.name().equalsIgnoreCase(value.trim())) {
                        return mode;
                    }
                }
            }
            throw new IllegalArgumentException("unknown text.pii-mode '" + value + "' (expected redact, detect or off)");
        }

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public TextConfig {
        requireNonNull(sentimentMode, "sentimentMode is null");
        requireNonNull(piiMode, "piiMode is null");
        requireNonNull(piiTypes, "piiTypes is null");
        piiTypes = piiTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(piiTypes));
        if (keywordsPerInteraction < 0 || keywordsPerInteraction > 100) {
            throw new IllegalArgumentException("text.keywords must be between 0 and 100, got " + keywordsPerInteraction);
        }
        if (!(languageMinConfidence >= 0 && languageMinConfidence <= 1)) {
            throw new IllegalArgumentException("text.language-min-confidence must be in [0, 1], got " + languageMinConfidence);
        }
    }

    /** The accurate sentiment model (bge-small), redaction of every PII type, ten keywords. */
    public static TextConfig defaults() {
        return new TextConfig(SentimentMode.EMBEDDING, PiiMode.REDACT, EnumSet.allOf(PiiType.class), 10, 0.5, null, null);
    }

    /** Like {@link #defaults()} with the lexicon sentiment mode: no model, for throughput. */
    public static TextConfig fast() {
        return defaults().withSentimentMode(SentimentMode.LEXICON);
    }

    public Optional<DocumentFrequencies> corpus() {
        return Optional.ofNullable(keywordCorpus);
    }

    public TextConfig withSentimentMode(SentimentMode mode) {
        return new TextConfig(mode, piiMode, piiTypes, keywordsPerInteraction, languageMinConfidence, keywordCorpus,
                routingModel);
    }

    public TextConfig withPii(PiiMode mode, Set<PiiType> types) {
        return new TextConfig(sentimentMode, mode, types, keywordsPerInteraction, languageMinConfidence, keywordCorpus,
                routingModel);
    }

    public Optional<TextClassifier> routing() {
        return Optional.ofNullable(routingModel);
    }

    public TextConfig withRouting(TextClassifier model) {
        return new TextConfig(sentimentMode, piiMode, piiTypes, keywordsPerInteraction, languageMinConfidence, keywordCorpus,
                model);
    }

    public TextConfig withKeywords(int perInteraction, DocumentFrequencies corpus) {
        return new TextConfig(sentimentMode, piiMode, piiTypes, perInteraction, languageMinConfidence, corpus, routingModel);
    }
}
