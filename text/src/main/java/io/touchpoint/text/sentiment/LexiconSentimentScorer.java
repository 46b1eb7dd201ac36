package io.touchpoint.text.sentiment;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.text.tokens.Token;
import io.touchpoint.text.tokens.WordTokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule-based sentiment in the manner of VADER (Hutto and Gilbert, 2014): word valences from the
 * VADER lexicon (7,500 human-rated words and emoticons, MIT licence, read from the
 * {@code vader-sentiment-analyzer} jar) plus emoji and contact-center words of our own, adjusted for
 * negation ("not happy"), intensifiers ("really bad"), dampeners ("somewhat"), shouting in capitals,
 * "but" (what follows weighs more) and exclamation marks, squashed into [-1, 1].
 *
 * <p>It is the throughput mode: no model, one pass over the tokens, tens of thousands of turns a
 * second on one core. Immutable and thread-safe.
 */
public final class LexiconSentimentScorer implements SentimentScorer {

    /** VADER's constants: what an intensifier adds, what negation multiplies by, the normalization alpha. */
    private static final double BOOST = 0.293;
    private static final double CAPS_BOOST = 0.733;
    private static final double NEGATION_FACTOR = -0.74;
    private static final double EXCLAMATION_BOOST = 0.292;
    private static final double ALPHA = 15.0;

    /** Polarity at or beyond which a text is called positive or negative (VADER's usual cut-off). */
    public static final double DEFAULT_THRESHOLD = 0.05;

    private static final Set<String> NEGATIONS = Set.of(
            "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "cannot", "without",
            "hardly", "barely", "rarely", "seldom", "ain't", "aint", "dont", "cant", "wont", "isnt", "arent", "wasnt",
            "werent", "didnt", "doesnt", "havent", "hasnt", "hadnt", "couldnt", "shouldnt", "wouldnt", "nope");

    private static final Map<String, Double> BOOSTERS = boosters();

    private static volatile LexiconSentimentScorer standard;

    private final Map<String, Double> valences;
    private final double threshold;

    private LexiconSentimentScorer(Map<String, Double> valences, double threshold) {
        this.valences = Map.copyOf(valences);
        this.threshold = threshold;
    }

    /** The scorer with VADER's lexicon and Touchpoint's additions, loaded once per process. */
    public static LexiconSentimentScorer standard() {
        LexiconSentimentScorer scorer = standard;
        if (scorer == null) {
            synchronized (LexiconSentimentScorer.class) {
                scorer = standard;
                if (scorer == null) {
                    Map<String, Double> valences = new HashMap<>();
                    readLexicon("/vader_sentiment_lexicon.txt", valences);
                    readLexicon("/io/touchpoint/text/sentiment/lexicon-extra.tsv", valences);
                    scorer = new LexiconSentimentScorer(valences, DEFAULT_THRESHOLD);
                    standard = scorer;
                }
            }
        }
        return scorer;
    }

    /** A scorer over a given lexicon (token to valence on VADER's -4..+4 scale); for tests and custom domains. */
    public static LexiconSentimentScorer of(Map<String, Double> valences, double threshold) {
        requireNonNull(valences, "valences is null");
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold " + threshold + " is outside (0, 1)");
        }
        return new LexiconSentimentScorer(valences, threshold);
    }

    @Override
    public SentimentMode mode() {
        return SentimentMode.LEXICON;
    }

    @Override
    public List<SentimentScore> scoreAll(List<String> texts) {
        List<SentimentScore> scores = new ArrayList<>(texts.size());
        for (String text : texts) {
            scores.add(score(text));
        }
        return scores;
    }

    @Override
    public SentimentScore score(String text) {
        double polarity = polarity(text);
        SentimentLabel label = polarity >= threshold ? SentimentLabel.POSITIVE
                : polarity <= -threshold ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
        double confidence = label == SentimentLabel.NEUTRAL
                ? 0.5 + 0.4 * (1 - Math.abs(polarity) / threshold)
                : Math.min(1.0, 0.5 + Math.abs(polarity) / 2);
        return new SentimentScore(label, polarity, confidence);
    }

    /** The compound polarity of {@code text} in [-1, 1]. */
    public double polarity(String text) {
        List<Token> tokens = WordTokenizer.tokenize(requireNonNull(text, "text is null"));
        if (tokens.isEmpty()) {
            return 0;
        }
        boolean shouting = allWordsCapitalized(tokens);
        double before = 0;
        double after = 0;
        boolean sawBut = false;
        int exclamations = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String word = token.normalized();
            if (token.kind() == Token.Kind.PUNCTUATION) {
                if (word.equals("!")) {
                    exclamations++;
                }
                continue;
            }
            if (word.equals("but") && token.isWord()) {
                sawBut = true;
                continue;
            }
            if (BOOSTERS.containsKey(word) || isNegation(word)) {
                continue;
            }
            Double lexiconValence = valences.get(word);
            if (lexiconValence == null) {
                continue;
            }
            double valence = lexiconValence;
            if (token.allCaps() && !shouting) {
                valence += Math.signum(valence) * CAPS_BOOST;
            }
            valence = applyContext(tokens, i, valence, shouting);
            if (sawBut) {
                after += valence;
            } else {
                before += valence;
            }
        }
        // "but" shifts the weight to what follows it: "the agent was nice but it is still broken".
        double sum = sawBut ? before * 0.5 + after * 1.5 : before;
        if (sum != 0) {
            sum += Math.signum(sum) * Math.min(4, exclamations) * EXCLAMATION_BOOST;
        }
        return sum / Math.sqrt(sum * sum + ALPHA);
    }

    /** Intensifiers and negations among the three words before token {@code index}. */
    private static double applyContext(List<Token> tokens, int index, double valence, boolean shouting) {
        double adjusted = valence;
        boolean negated = false;
        for (int back = 1; back <= 3 && index - back >= 0; back++) {
            Token previous = tokens.get(index - back);
            if (previous.kind() == Token.Kind.PUNCTUATION && isClauseEnd(previous.normalized())) {
                break;
            }
            Double boost = BOOSTERS.get(previous.normalized());
            if (boost != null) {
                double scalar = boost * Math.signum(valence);
                if (previous.allCaps() && !shouting) {
                    scalar += Math.signum(scalar) * CAPS_BOOST;
                }
                // VADER damps farther intensifiers: "really not that good".
                adjusted += scalar * (back == 1 ? 1.0 : back == 2 ? 0.95 : 0.9);
            }
            if (isNegation(previous.normalized())) {
                if (previous.normalized().equals("never") && intensifyingNever(tokens, index - back, index)) {
                    // "never been so disappointed", "never this happy": VADER reads these as emphasis, not negation.
                    adjusted *= 1.25;
                } else {
                    negated = !negated;
                }
            }
        }
        return negated ? adjusted * NEGATION_FACTOR : adjusted;
    }

    private static boolean intensifyingNever(List<Token> tokens, int never, int word) {
        for (int k = never + 1; k < word; k++) {
            String between = tokens.get(k).normalized();
            if (between.equals("so") || between.equals("this")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClauseEnd(String punctuation) {
        return punctuation.equals(".") || punctuation.equals("!") || punctuation.equals("?") || punctuation.equals(";");
    }

    static boolean isNegation(String word) {
        return NEGATIONS.contains(word) || word.endsWith("n't") || word.endsWith("n\u2019t");
    }

    private static boolean allWordsCapitalized(List<Token> tokens) {
        int words = 0;
        for (Token token : tokens) {
            if (token.isWord() && token.normalized().length() > 1) {
                if (!token.allCaps()) {
                    return false;
                }
                words++;
            }
        }
        return words > 0;
    }

    private static Map<String, Double> boosters() {
        Map<String, Double> map = new HashMap<>();
        for (String word : List.of("absolutely", "amazingly", "awfully", "completely", "considerably", "decidedly",
                "deeply", "enormously", "entirely", "especially", "exceptionally", "extremely", "fabulously",
                "greatly", "highly", "hugely", "incredibly", "intensely", "majorly", "more", "most", "particularly",
                "purely", "quite", "really", "remarkably", "so", "substantially", "thoroughly", "totally",
                "tremendously", "unbelievably", "unusually", "utterly", "very", "super", "truly", "seriously",
                "insanely", "ridiculously", "beyond")) {
            map.put(word, BOOST);
        }
        for (String word : List.of("almost", "kinda", "less", "little", "marginally",
                "occasionally", "partly", "scarcely", "slightly", "somewhat", "sorta", "fairly", "bit")) {
            map.put(word, -BOOST);
        }
        return Map.copyOf(map);
    }

    private static void readLexicon(String resource, Map<String, Double> valences) {
        try (InputStream stream = LexiconSentimentScorer.class.getResourceAsStream(resource)) {
            if (stream == null) {
                throw new TouchpointException(TouchpointException.Kind.INTERNAL,
                        "sentiment lexicon " + resource + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("# ") || line.equals("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length < 2) {
                    throw new TouchpointException(TouchpointException.Kind.INTERNAL,
                            "line " + number + " of " + resource + ": expected 'token<TAB>valence', got '" + line + "'");
                }
                // Words are stored lower case, as the tokenizer normalizes them; emoticons such as ":D" as written.
                valences.put(fields[0], Double.parseDouble(fields[1]));
            }
        } catch (IOException e) {
            throw new TouchpointException(TouchpointException.Kind.INTERNAL,
                    "could not read sentiment lexicon " + resource + ": " + e.getMessage(), e);
        }
    }
}
