package io.touchpoint.cli.churn;

import io.touchpoint.cli.output.Table;
import io.touchpoint.insights.churn.ChurnModel;
import io.touchpoint.insights.churn.ChurnScore;
import io.touchpoint.insights.churn.ChurnScoresCsv;
import io.touchpoint.insights.churn.CustomerTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score a customer CSV table with a trained model: churn probability and the top reasons per customer.")
public final class ChurnScoreCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "M", description = "Model file written by 'churn train'.")
    Path model;

    @Option(names = "--customers", required = true, paramLabel = "FILE", description = "Customer table with the model's columns.")
    Path customers;

    @Option(names = "--out", paramLabel = "SCORES.csv", description = "Write id, churn_probability, top_reasons here; without it the riskiest customers are printed.")
    Path out;

    @Option(names = "--top", defaultValue = "20", description = "How many customers to print without --out (default: ${DEFAULT-VALUE}).")
    int top;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (ChurnModel loaded = ChurnModel.load(model)) {
            List<ChurnScore> scores = loaded.score(CustomerTable.read(customers));
            PrintWriter writer = spec.commandLine().getOut();
            if (out != null) {
                ChurnScoresCsv.write(out, scores);
                writer.printf(Locale.ROOT, "%,d customers scored, written to %s%n", scores.size(), out);
            } else {
                printRiskiest(writer, scores, top);
            }
            writer.flush();
        }
        return 0;
    }

    static void printRiskiest(PrintWriter writer, List<ChurnScore> scores, int top) {
        Table table = new Table(100, "customer", "churn probability", "top reasons");
        scores.stream().sorted(Comparator.comparingDouble(ChurnScore::probability).reversed()).limit(top)
                .forEach(score -> table.row(score.customerId(), String.format(Locale.ROOT, "%.3f", score.probability()), score.reasonText()));
        table.print(writer);
    }
}
