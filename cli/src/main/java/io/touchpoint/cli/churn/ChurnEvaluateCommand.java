package io.touchpoint.cli.churn;

import io.touchpoint.insights.churn.ChurnModel;
import io.touchpoint.insights.churn.ClassificationMetrics;
import io.touchpoint.insights.churn.CustomerTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a model on a labelled customer CSV table: AUC, PR-AUC, Brier score and a reliability table.")
public final class ChurnEvaluateCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "M", description = "Model file written by 'churn train'.")
    Path model;

    @Option(names = "--customers", required = true, paramLabel = "FILE", description = "Customer table with the label column.")
    Path customers;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (ChurnModel loaded = ChurnModel.load(model)) {
            print(spec.commandLine().getOut(), loaded.evaluate(CustomerTable.read(customers)));
        }
        return 0;
    }

    static void print(PrintWriter out, ClassificationMetrics metrics) {
        out.printf(Locale.ROOT, "customers %,d  churned %,d%n", metrics.rows(), metrics.positives());
        out.printf(Locale.ROOT, "AUC     %.4f%nPR-AUC  %.4f%nBrier   %.4f%n", metrics.auc(), metrics.averagePrecision(), metrics.brier());
        out.println("reliability by decile (mean predicted vs observed churn rate):");
        metrics.reliability().forEach(bin -> out.printf(Locale.ROOT, "  %2d  %5d rows  predicted %.3f  observed %.3f%n",
                bin.bin(), bin.rows(), bin.meanPredicted(), bin.observedRate()));
        out.flush();
    }
}
