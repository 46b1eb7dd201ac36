package io.touchpoint.cli.churn;

import io.touchpoint.cli.commands.DataOptions;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.insights.churn.ChurnModel;
import io.touchpoint.insights.churn.ChurnTrainer;
import io.touchpoint.insights.churn.ClassificationMetrics;
import io.touchpoint.insights.churn.CustomerTable;
import io.touchpoint.insights.churn.StoreChurnTraining;
import io.touchpoint.store.TouchpointStore;
import java.sql.Connection;
import java.time.LocalDate;
import io.touchpoint.insights.churn.TrainingOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a churn model on a customer CSV table (--customers), or on the store's customers and their interactions.",
            "CSV: numeric and categorical columns are detected; blanks are missing values; the label must be binary (Yes/No, 1/0, true/false).",
            "Store: features at a cut-off date (CRM, billing, interaction signals from before it), label = churned within the horizon after it."})
public final class ChurnTrainCommand implements Callable<Integer> {

    @Option(names = "--customers", paramLabel = "FILE", description = "Customer table (CSV with a header); without it the store is used.")
    Path customers;

    @Option(names = "--id-column", paramLabel = "C", description = "CSV: column that identifies a customer.")
    String idColumn;

    @Option(names = "--label-column", paramLabel = "L", description = "CSV: binary column, did the customer churn.")
    String labelColumn;

    @Mixin
    DataOptions data;

    @Option(names = "--cutoff", paramLabel = "DATE", description = "Store: cut-off date (default: the latest whose horizon is inside the data).")
    LocalDate cutoff;

    @Option(names = "--horizon-days", defaultValue = "60", description = "Store: churn within this many days after the cut-off (default: ${DEFAULT-VALUE}).")
    int horizonDays;

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
        if (customers == null) {
            return trainOnStore(options);
        }
        if (idColumn == null || labelColumn == null) {
            throw TouchpointException.userError("training on a CSV table needs --id-column and --label-column");
        }
        CustomerTable table = CustomerTable.read(customers);
        try (ChurnModel trained = new ChurnTrainer(options).train(table, idColumn, labelColumn, exclude)) {
            report(trained, table.size() + " customers");
        }
        return 0;
    }

    private int trainOnStore(TrainingOptions options) {
        try (TouchpointStore store = data.open()) {
            Connection connection = store.duckdb();
            LocalDate at = cutoff != null ? cutoff : StoreChurnTraining.latestLabelledCutoff(connection, horizonDays);
            try (ChurnModel trained = new StoreChurnTraining(options).train(connection, at, horizonDays, exclude)) {
                report(trained, "the store's customers at cut-off " + at + " (horizon " + horizonDays + " days)");
            }
        }
        return 0;
    }

    private void report(ChurnModel trained, String what) {
        trained.save(model);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "trained on %s: %d feature columns, %d rounds%n", what,
                trained.schema().columns().size(), trained.rounds());
        printMetrics(out, "validation part", trained.validation());
        out.printf("model written to %s%n", model);
        out.flush();
    }

    static void printMetrics(PrintWriter out, String what, ClassificationMetrics metrics) {
        out.printf(Locale.ROOT, "%s: %,d customers, %,d churned; AUC %.3f  PR-AUC %.3f  Brier %.3f%n", what, metrics.rows(),
                metrics.positives(), metrics.auc(), metrics.averagePrecision(), metrics.brier());
    }
}
