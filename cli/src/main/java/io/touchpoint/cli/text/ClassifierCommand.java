package io.touchpoint.cli.text;

import io.touchpoint.cli.output.TerminalProgressBar;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.progress.ProgressListener;
import io.touchpoint.text.classify.ClassificationReport;
import io.touchpoint.text.classify.ClassifierOptions;
import io.touchpoint.text.classify.CrossValidation;
import io.touchpoint.text.classify.LabeledTexts;
import io.touchpoint.text.classify.Prediction;
import io.touchpoint.text.classify.TextClassifier;
import io.touchpoint.text.csv.CsvTable;
import io.touchpoint.text.embedding.EmbeddingModel;
import io.touchpoint.text.embedding.SentenceEncoder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code touchpoint classifier train|predict|evaluate}: text classifiers (contact reason, intent,
 * routing queue) trained from any labeled CSV.
 */
@Command(name = "classifier", mixinStandardHelpOptions = true,
        description = "Trains, applies and evaluates text classifiers (intent, contact reason, routing queue) "
                + "on sentence embeddings and word n-grams.",
        subcommands = {ClassifierCommand.Train.class, ClassifierCommand.Predict.class, ClassifierCommand.Evaluate.class},
        footer = {"%nExamples:",
            "  touchpoint classifier train --input intents.csv --text-column text --label-column intent --model intents.tpmodel",
            "  touchpoint classifier predict --model intents.tpmodel --input new.csv --text-column text --out predicted.csv",
            "  touchpoint classifier evaluate --model intents.tpmodel --input test.csv --text-column text --label-column intent",
            "  touchpoint classifier evaluate --folds 5 --input intents.csv --text-column text --label-column intent"})
public final class ClassifierCommand implements Runnable {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Missing a subcommand: train, predict or evaluate (see 'touchpoint classifier --help')");
    }

    /** Options shared by training and cross-validation. */
    static final class TrainingOptions {
        @Option(names = "--embedding", defaultValue = "bge-small",
                description = "Sentence-embedding model: bge-small, minilm or none (default: ${DEFAULT-VALUE}).")
        String embedding;

        @Option(names = "--solver", defaultValue = "svm", description = "svm (multi-class linear SVM) or logistic "
                + "(default: ${DEFAULT-VALUE}).")
        String solver;

        @Option(names = "--cost", defaultValue = "1", description = "Regularization C: larger fits the training data "
                + "more closely (default: ${DEFAULT-VALUE}).")
        double cost;

        @Option(names = "--ngrams", defaultValue = "2", description = "Longest word n-gram feature, 0 for none "
                + "(default: ${DEFAULT-VALUE}).")
        int ngrams;

        ClassifierOptions options() {
            try {
                EmbeddingModel model = "none".equalsIgnoreCase(embedding) ? null : EmbeddingModel.parse(embedding);
                return new ClassifierOptions(model, 1.0, ngrams, 0, 2, ClassifierOptions.Solver.parse(solver), cost);
            } catch (IllegalArgumentException e) {
                throw TouchpointException.userError(e.getMessage());
            }
        }
    }

    static LabeledTexts labeled(Path input, String textColumn, String labelColumn) {
        CsvTable table = CsvTable.read(input);
        LabeledTexts data = LabeledTexts.fromCsv(table, textColumn, labelColumn);
        if (data.size() == 0) {
            throw TouchpointException.userError(input + " has no rows with a label in column '" + labelColumn + "'");
        }
        return data;
    }

    static float[][] embed(ClassifierOptions options, List<String> texts, ProgressListener progress) {
        if (options.embedding() == null) {
            return null;
        }
        SentenceEncoder encoder = SentenceEncoder.shared(options.embedding());
        float[][] vectors = new float[texts.size()][];
        progress.start("embedding (" + options.embedding().wireName() + ")", texts.size());
        try {
            int batch = 256;
            for (int from = 0; from < texts.size(); from += batch) {
                int to = Math.min(texts.size(), from + batch);
                float[][] part = encoder.embed(texts.subList(from, to));
                System.arraycopy(part, 0, vectors, from, part.length);
                progress.advance(to - from);
            }
        } finally {
            progress.finish();
        }
        return vectors;
    }

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = "Trains a classifier from a labeled CSV and writes it to a model file.")
    static final class Train implements Callable<Integer> {
        @Option(names = "--input", required = true, paramLabel = "FILE.csv", description = "Labeled CSV with a header row.")
        Path input;

        @Option(names = "--text-column", required = true, paramLabel = "C", description = "Column holding the text.")
        String textColumn;

        @Option(names = "--label-column", required = true, paramLabel = "L", description = "Column holding the label; "
                + "rows with an empty label are skipped.")
        String labelColumn;

        @Option(names = "--model", required = true, paramLabel = "OUT", description = "Model file to write (*.tpmodel).")
        Path model;

        @picocli.CommandLine.Mixin
        TrainingOptions training = new TrainingOptions();

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            ClassifierOptions options = training.options();
            LabeledTexts data = labeled(input, textColumn, labelColumn);
            float[][] vectors = embed(options, data.texts(), TerminalProgressBar.forTerminal());
            TextClassifier classifier = TextClassifier.train(data.texts(), vectors, data.labels(), options)
                    .withMetadata(Map.of("trainedOn", input.getFileName().toString(), "textColumn", textColumn,
                            "labelColumn", labelColumn));
            classifier.save(model);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "trained %d labels on %,d rows; wrote %s%n", classifier.labels().size(), data.size(), model);
            return 0;
        }
    }

    @Command(name = "predict", mixinStandardHelpOptions = true,
            description = "Predicts a label for every row of a CSV; writes the input's columns plus predicted_label and "
                    + "confidence.")
    static final class Predict implements Callable<Integer> {
        @Option(names = "--model", required = true, paramLabel = "M", description = "Model file written by 'train'.")
        Path model;

        @Option(names = "--input", required = true, paramLabel = "FILE.csv", description = "CSV with a header row.")
        Path input;

        @Option(names = "--text-column", required = true, paramLabel = "C", description = "Column holding the text.")
        String textColumn;

        @Option(names = "--out", required = true, paramLabel = "PRED.csv", description = "CSV to write.")
        Path out;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            TextClassifier classifier = TextClassifier.load(model);
            CsvTable table = CsvTable.read(input);
            List<String> texts = table.values(textColumn);
            float[][] vectors = embed(classifier.options(), texts, TerminalProgressBar.forTerminal());
            List<Prediction> predictions = classifier.predict(texts, vectors);
            List<String[]> extra = new ArrayList<>(predictions.size());
            for (Prediction prediction : predictions) {
                extra.add(new String[] {prediction.label(), String.format(Locale.ROOT, "%.4f", prediction.confidence())});
            }
            List<String> header = new ArrayList<>(table.header());
            header.add("predicted_label");
            header.add("confidence");
            CsvTable.write(out, header, table.withColumns(extra));
            spec.commandLine().getOut().printf(Locale.ROOT, "predicted %,d rows; wrote %s%n", predictions.size(), out);
            return 0;
        }
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = {"Prints accuracy, macro-F1, the weakest labels and the most frequent confusions.",
                "With --model: of that model on the CSV. With --folds K instead: of a classifier trained by stratified "
                    + "K-fold cross-validation on the CSV."})
    static final class Evaluate implements Callable<Integer> {
        @Option(names = "--model", paramLabel = "M", description = "Model file to evaluate.")
        Path model;

        @Option(names = "--folds", paramLabel = "K", description = "Cross-validate with K folds instead of using a model.")
        Integer folds;

        @Option(names = "--input", required = true, paramLabel = "FILE.csv", description = "Labeled CSV with a header row.")
        Path input;

        @Option(names = "--text-column", required = true, paramLabel = "C", description = "Column holding the text.")
        String textColumn;

        @Option(names = "--label-column", required = true, paramLabel = "L", description = "Column holding the true label.")
        String labelColumn;

        @Option(names = "--seed", defaultValue = "42", description = "Seed of the fold assignment (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--top", defaultValue = "10", description = "Labels and confusions to list (default: ${DEFAULT-VALUE}).")
        int top;

        @picocli.CommandLine.Mixin
        TrainingOptions training = new TrainingOptions();

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if ((model == null) == (folds == null)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "give either --model M (evaluate a model) or --folds K (cross-validate), not both or neither");
            }
            LabeledTexts data = labeled(input, textColumn, labelColumn);
            ClassificationReport report;
            if (model != null) {
                TextClassifier classifier = TextClassifier.load(model);
                float[][] vectors = embed(classifier.options(), data.texts(), TerminalProgressBar.forTerminal());
                List<String> predicted = classifier.predict(data.texts(), vectors).stream().map(Prediction::label).toList();
                report = ClassificationReport.of(data.labels(), predicted);
            } else {
                if (folds < 2) {
                    throw TouchpointException.userError("--folds must be at least 2, got " + folds);
                }
                ClassifierOptions options = training.options();
                float[][] vectors = embed(options, data.texts(), TerminalProgressBar.forTerminal());
                report = CrossValidation.run(data.texts(), vectors, data.labels(), options, folds, seed);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(report.summary(top));
            // print() does not flush an auto-flushing PrintWriter; the process may exit right after.
            out.flush();
            return 0;
        }
    }
}
