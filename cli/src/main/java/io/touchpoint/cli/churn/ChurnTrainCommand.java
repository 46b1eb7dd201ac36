package io.touchpoint.cli.churn;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.insights.churn.ChurnModel;
import io.touchpoint.insights.churn.ChurnTrainer;
import io.touchpoint.insights.churn.ClassificationMetrics;
import io.touchpoint.insights.churn.CustomerTable;
import io.touchpoint.insights.churn.TrainingOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a churn model on a customer CSV table.",
            "Numeric and categorical columns are detected; blanks are missing values; the label must be binary (Yes/No, 1/0, true/false)."})
public final class ChurnTrainCommand implements Callable<Integer> {

    @Option(names = "--customers", required = true, paramLabel = "FILE", description = "Customer table (CSV with a header).")
    Path customers;

    @Option(names = "--id-column", required = true, paramLabel = "C", description = "Column that identifies a customer.")
    String idColumn;

    @Option(names = "--label-column", required = true, paramLabel = "L", description = "Binary column: did the customer churn.")
    String labelColumn;

    @Option(names = "--exclude", split = ",", paramLabel = "COL", description = "Columns to leave out (comma-separated).")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--model", required = true, paramLabel = "OUT", description = "Model file to write.")
    Path model;

    @Option(names = "--max-depth", description = "Tree depth (default: ${DEFAULT-VALUE}).", defaultValue = "3")
    int maxDepth;

    @Option(names = "--eta", description = "Learning rate (default: ${DEFAULT-VALUE}).", defaultValue = "0.05")
    double eta;

    @Option(names = "--seed", description = "Seed of the validation split and the trees (default: ${DEFAULT-VALUE}).", defaultValue = "42")
    long seed;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        TrainingOptions options;
        try {
            options = TrainingOptions.defaults().withMaxDepth(maxDepth).withEta(eta).withSeed(seed);
        } catch (IllegalArgumentException e) {
            throw TouchpointException.userError(e.getMessage());
        }
        CustomerTable table = CustomerTable.read(customers);
        try (ChurnModel trained = new ChurnTrainer(options).train(table, idColumn, labelColumn, exclude)) {
            trained.save(model);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "trained on %,d customers: %d feature columns, %d rounds%n", table.size(),
                    trained.schema().columns().size(), trained.rounds());
            printMetrics(out, "validation part", trained.validation());
            out.printf("model written to %s%n", model);
            out.flush();
        }
        return 0;
    }

    static void printMetrics(PrintWriter out, String what, ClassificationMetrics metrics) {
        out.printf(Locale.ROOT, "%s: %,d customers, %,d churned; AUC %.3f  PR-AUC %.3f  Brier %.3f%n", what, metrics.rows(),
                metrics.positives(), metrics.auc(), metrics.averagePrecision(), metrics.brier());
    }
}
