package io.touchpoint.text;

/**
 * The finding types and analyzer names of the text module; other modules match on these strings.
 *
 * <ul>
 *   <li>{@code sentiment.turn}: name "turn", label negative|neutral|positive, score in [-1, 1], evidence the turn;</li>
 *   <li>{@code sentiment.speaker}: name customer|agent, label, score the mean, evidence the whole interaction;</li>
 *   <li>{@code sentiment.trend}: name "customer", label improved|worsened|stable|ended_negative|recovered,
 *       score end minus start;</li>
 *   <li>{@code emotion}: name anger|frustration|confusion|praise|escalation_request, evidence the matched characters;</li>
 *   <li>{@code pii}: name CARD|SSN|PHONE|EMAIL|IBAN|ACCOUNT|DOB|ADDRESS|NAME, evidence the span in the original text;</li>
 *   <li>{@code keyword}: name the term or phrase, score its weight;</li>
 *   <li>{@code language}: name "language", label the ISO 639-1 code, score the confidence.</li>
 * </ul>
 */
public final class TextFindings {

    public static final String LANGUAGE_ANALYZER = "language";
    public static final String PII_ANALYZER = "pii-redaction";
    public static final String SENTIMENT_ANALYZER = "sentiment";
    public static final String EMOTION_ANALYZER = "emotion";
    public static final String KEYWORDS_ANALYZER = "keywords";

    public static final String SENTIMENT_TURN = "sentiment.turn";
    public static final String SENTIMENT_SPEAKER = "sentiment.speaker";
    public static final String SENTIMENT_TREND = "sentiment.trend";
    public static final String EMOTION = "emotion";
    public static final String PII = "pii";
    public static final String KEYWORD = "keyword";
    public static final String LANGUAGE = "language";

    private TextFindings() {
    }
}
