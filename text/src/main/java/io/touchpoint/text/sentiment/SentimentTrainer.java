package io.touchpoint.text.sentiment;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.text.classify.ClassificationReport;
import io.touchpoint.text.classify.ClassifierOptions;
import io.touchpoint.text.classify.LabeledTexts;
import io.touchpoint.text.classify.Prediction;
import io.touchpoint.text.classify.TextClassifier;
import io.touchpoint.text.csv.CsvTable;
import io.touchpoint.text.embedding.EmbeddingModel;
import io.touchpoint.text.embedding.SentenceEncoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the bundled sentiment model on the Twitter US Airline Sentiment data and measures it on a
 * test split the training never saw.
 *
 * <p>The procedure, fixed so anyone can reproduce the committed model and its figures:
 * <ol>
 *   <li>read {@code Tweets.csv} (columns {@code text}, {@code airline_sentiment}), keep the first of
 *       any repeated text;</li>
 *   <li>split 80/20, stratified by label, seed {@value #SPLIT_SEED}: the 20% is the test split;</li>
 *   <li>split the 80% again, 90/10, seed {@value #VALIDATION_SEED}, and choose the cost C from
 *       {@link #COSTS} and the embedding weight from {@link #EMBEDDING_WEIGHTS} by accuracy on that
 *       validation tenth;</li>
 *   <li>train on the whole 80% with that C, then report accuracy and macro-F1 on the test split.</li>
 * </ol>
 *
 * <p>Run: {@code touchpoint sentiment train --data ../shared/data/airline-tweets/Tweets.csv --embedding bge-small
 * --out text/src/main/resources/io/touchpoint/text/sentiment/sentiment-airline-bge-small.tpmodel}, or this
 * class's {@code main} with the same arguments.
 */
public final class SentimentTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(SentimentTrainer.class);

    public static final long SPLIT_SEED = 42;
    public static final long VALIDATION_SEED = 43;
    public static final double TEST_FRACTION = 0.2;
    static final double[] COSTS = {4, 8, 16};
    static final double[] EMBEDDING_WEIGHTS = {1, 1.5};
    public static final String TEXT_COLUMN = "text";
    public static final String LABEL_COLUMN = "airline_sentiment";

    /**
     * The features of the bundled models: {@code embedding} sentence vectors, word 1-2-grams and
     * character 3-4-grams found in at least 3 tweets; C and the embedding weight are tuned.
     */
    public static ClassifierOptions baseOptions(EmbeddingModel embedding) {
        return new ClassifierOptions(embedding, 1.0, 2, 4, 3, ClassifierOptions.Solver.LOGISTIC, 8);
    }

    /** What training produced: the model (trained on the train split) and its test-split figures. */
    public record Result(TextClassifier model, ClassifierOptions options, double validationAccuracy,
            ClassificationReport test) { }

    private SentimentTrainer() {
    }

    /** The deduplicated tweets of {@code tweetsCsv}. */
    public static LabeledTexts readTweets(Path tweetsCsv) {
        return LabeledTexts.fromCsv(CsvTable.read(tweetsCsv), TEXT_COLUMN, LABEL_COLUMN).withoutDuplicateTexts();
    }

    /** The fixed train/test split of the tweets. */
    public static LabeledTexts.Split split(LabeledTexts tweets) {
        return tweets.stratifiedSplit(TEST_FRACTION, SPLIT_SEED);
    }

    public static Result train(Path tweetsCsv, EmbeddingModel embedding) {
        requireNonNull(tweetsCsv, "tweetsCsv is null");
        requireNonNull(embedding, "embedding is null");
        LabeledTexts.Split split = split(readTweets(tweetsCsv));
        LabeledTexts train = split.train();
        SentenceEncoder encoder = SentenceEncoder.shared(embedding);
        LOG.info("embedding {} training and {} test tweets", train.size(), split.test().size());
        float[][] trainEmbeddings = encoder.embed(train.texts());

        LabeledTexts.Split tuning = train.stratifiedSplit(0.1, VALIDATION_SEED);
        List<Integer> fitIndices = indicesOf(train, tuning.train());
        List<Integer> validationIndices = indicesOf(train, tuning.test());
        ClassifierOptions best = baseOptions(embedding);
        double bestAccuracy = -1;
        float[][] fitEmbeddings = rows(trainEmbeddings, fitIndices);
        float[][] validationEmbeddings = rows(trainEmbeddings, validationIndices);
        for (double weight : EMBEDDING_WEIGHTS) {
            for (double cost : COSTS) {
                ClassifierOptions candidateOptions = baseOptions(embedding).withEmbeddingWeight(weight)
                        .withSolver(ClassifierOptions.Solver.LOGISTIC, cost);
                TextClassifier candidate = TextClassifier.train(tuning.train().texts(), fitEmbeddings,
                        tuning.train().labels(), candidateOptions);
                double accuracy = evaluate(candidate, tuning.test(), validationEmbeddings).accuracy();
                LOG.info("embedding weight {}, C {}: validation accuracy {}", weight, cost,
                        String.format(Locale.ROOT, "%.4f", accuracy));
                if (accuracy > bestAccuracy) {
                    bestAccuracy = accuracy;
                    best = candidateOptions;
                }
            }
        }
        TextClassifier model = TextClassifier.train(train.texts(), trainEmbeddings, train.labels(), best);
        ClassificationReport test = evaluate(model, split.test(), encoder.embed(split.test().texts()));
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("data", "Twitter US Airline Sentiment, Tweets.csv (" + (train.size() + split.test().size())
                + " distinct texts), CC BY-NC-SA 4.0");
        metadata.put("split", "stratified 80/20, seed " + SPLIT_SEED + "; C and embedding weight chosen on a 90/10 split"
                + " of the 80%, seed " + VALIDATION_SEED);
        metadata.put("testRows", Integer.toString(split.test().size()));
        metadata.put("validationAccuracy", String.format(Locale.ROOT, "%.4f", bestAccuracy));
        metadata.put("testAccuracy", String.format(Locale.ROOT, "%.4f", test.accuracy()));
        metadata.put("testMacroF1", String.format(Locale.ROOT, "%.4f", test.macroF1()));
        return new Result(model.withMetadata(metadata), best, bestAccuracy, test);
    }

    /** The report of {@code model} on {@code data}, with embeddings computed beforehand. */
    public static ClassificationReport evaluate(TextClassifier model, LabeledTexts data, float[][] embeddings) {
        List<String> predicted = new ArrayList<>(data.size());
        for (Prediction prediction : model.predict(data.texts(), embeddings)) {
            predicted.add(prediction.label());
        }
        return ClassificationReport.of(data.labels(), predicted);
    }

    /** Positions in {@code whole} of the examples of {@code part}; texts are unique after deduplication. */
    private static List<Integer> indicesOf(LabeledTexts whole, LabeledTexts part) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < whole.size(); i++) {
            position.put(whole.texts().get(i), i);
        }
        List<Integer> indices = new ArrayList<>(part.size());
        for (String text : part.texts()) {
            indices.add(position.get(text));
        }
        return indices;
    }

    private static float[][] rows(float[][] embeddings, List<Integer> indices) {
        float[][] selected = new float[indices.size()][];
        for (int j = 0; j < indices.size(); j++) {
            selected[j] = embeddings[indices.get(j)];
        }
        return selected;
    }

    public static void main(String[] args) {
        Path data = null;
        Path out = null;
        EmbeddingModel embedding = EmbeddingModel.MINILM;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(argument(args, ++i, "--data"));
                case "--out" -> out = Path.of(argument(args, ++i, "--out"));
                case "--embedding" -> embedding = EmbeddingModel.parse(argument(args, ++i, "--embedding"));
                default -> throw TouchpointException.userError("unknown argument '" + args[i]
                        + "'; usage: SentimentTrainer --data Tweets.csv --out model.tpmodel [--embedding minilm|bge-small]");
            }
        }
        if (data == null || out == null) {
            throw TouchpointException.userError("usage: SentimentTrainer --data Tweets.csv --out model.tpmodel");
        }
        Result result = train(data, embedding);
        result.model().save(out);
        // A command-line tool's result belongs on standard output.
        System.out.printf(Locale.ROOT, "C %.0f, embedding weight %.1f, validation accuracy %.4f%ntest split:%n%s",
                result.options().cost(), result.options().embeddingWeight(), result.validationAccuracy(),
                result.test().summary(3));
    }

    private static String argument(String[] args, int index, String option) {
        if (index >= args.length) {
            throw TouchpointException.userError(option + " needs a value");
        }
        return args[index];
    }
}
