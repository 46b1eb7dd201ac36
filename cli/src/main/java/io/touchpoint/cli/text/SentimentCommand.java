package io.touchpoint.cli.text;

import io.touchpoint.cli.output.TerminalProgressBar;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.text.csv.CsvTable;
import io.touchpoint.text.embedding.EmbeddingModel;
import io.touchpoint.text.sentiment.SentimentMode;
import io.touchpoint.text.sentiment.SentimentScore;
import io.touchpoint.text.sentiment.SentimentScorer;
import io.touchpoint.text.sentiment.SentimentTrainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code touchpoint sentiment}: scores the sentiment of every row of a CSV. */
@Command(name = "sentiment", mixinStandardHelpOptions = true,
        description = "Scores the sentiment of a text column; writes the input's columns plus sentiment_label "
                + "(negative, neutral, positive) and sentiment_score (-1 to 1).",
        subcommands = SentimentCommand.Train.class,
        footer = {"%nExamples:",
            "  touchpoint sentiment --input tweets.csv --text-column text --out scored.csv",
            "  touchpoint sentiment --mode lexicon --input big.csv --text-column body --out scored.csv",
            "  touchpoint sentiment train --data ../shared/data/airline-tweets/Tweets.csv --embedding bge-small --out sentiment.tpmodel"})
public final class SentimentCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "FILE.csv", description = "CSV with a header row.")
    Path input;

    @Option(names = "--text-column", paramLabel = "C", description = "Column holding the text.")
    String textColumn;

    @Option(names = "--out", paramLabel = "OUT.csv", description = "CSV to write.")
    Path out;

    @Option(names = "--mode", defaultValue = "embedding",
            description = "embedding (bge-small model, the accurate one), embedding-fast (MiniLM model, 1.8x faster) or "
                    + "lexicon (rules, fastest) (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--batch-size", defaultValue = "256", description = "Texts per model call (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<String> missing = new ArrayList<>();
        if (input == null) {
            missing.add("--input");
        }
        if (textColumn == null) {
            missing.add("--text-column");
        }
        if (out == null) {
            missing.add("--out");
        }
        if (!missing.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required option(s): " + String.join(", ", missing));
        }
        SentimentMode sentimentMode;
        try {
            sentimentMode = SentimentMode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (batchSize < 1) {
            throw new ParameterException(spec.commandLine(), "--batch-size must be at least 1");
        }
        CsvTable table = CsvTable.read(input);
        List<String> texts = table.values(textColumn);
        SentimentScorer scorer = sentimentMode.scorer();
        List<SentimentScore> scores = scorer.scoreInBatches(texts, batchSize, TerminalProgressBar.forTerminal());
        List<String[]> extra = new ArrayList<>(scores.size());
        int[] counts = new int[3];
        for (SentimentScore score : scores) {
            extra.add(new String[] {score.label().wireName(), String.format(Locale.ROOT, "%.4f", score.score())});
            counts[score.label().ordinal()]++;
        }
        List<String> header = new ArrayList<>(table.header());
        header.add("sentiment_label");
        header.add("sentiment_score");
        CsvTable.write(out, header, table.withColumns(extra));
        spec.commandLine().getOut().printf(Locale.ROOT, "scored %,d rows (%s): %,d negative, %,d neutral, %,d positive; wrote %s%n",
                scores.size(), sentimentMode.wireName(), counts[0], counts[1], counts[2], out);
        return 0;
    }

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = {"Retrains the bundled sentiment model on Twitter US Airline Sentiment (Tweets.csv) and prints its "
                    + "accuracy and macro-F1 on the fixed test split (stratified 80/20, seed 42).",
                "To replace a bundled model, write it to "
                    + "text/src/main/resources/io/touchpoint/text/sentiment/sentiment-airline-<bge-small|minilm>.tpmodel."})
    static final class Train implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "Tweets.csv", description = "The airline tweets CSV.")
        Path data;

        @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Model file to write.")
        Path out;

        @Option(names = "--embedding", defaultValue = "bge-small",
                description = "bge-small (the embedding mode) or minilm (embedding-fast) (default: ${DEFAULT-VALUE}).")
        String embedding;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!data.toFile().isFile()) {
                throw TouchpointException.userError("--data " + data + " does not exist");
            }
            EmbeddingModel model;
            try {
                model = EmbeddingModel.parse(embedding);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            SentimentTrainer.Result result = SentimentTrainer.train(data, model);
            result.model().save(out);
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "C %.0f, embedding weight %.1f, validation accuracy %.4f; wrote %s%ntest split:%n%s",
                    result.options().cost(), result.options().embeddingWeight(), result.validationAccuracy(), out,
                    result.test().summary(3));
            return 0;
        }
    }
}
