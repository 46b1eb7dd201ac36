package io.touchpoint.cli.churn;

import io.touchpoint.cli.commands.DataOptions;
import io.touchpoint.cli.output.Table;
import io.touchpoint.insights.churn.ChurnRiskReport;
import io.touchpoint.insights.churn.ChurnScoreStore;
import io.touchpoint.insights.churn.StoreChurnFeatures;
import io.touchpoint.insights.churn.StoreChurnTraining;
import io.touchpoint.store.TouchpointStore;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score customers with a trained model: churn probability and the top reasons per customer.",
            "With --customers, a CSV table; without it, every active customer in the store at the day after its last interaction,",
            "and the scores are stored (table churn_scores) for the risk report and the dashboard."})
public final class ChurnScoreCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, paramLabel = "M", description = "Model file written by 'churn train'.")
    Path model;

    @Option(names = "--customers", paramLabel = "FILE", description = "Customer table with the model's columns; without it the store is scored.")
    Path customers;

    @Mixin
    DataOptions data;

    @Option(names = "--threshold", defaultValue = "0.5", description = "Store: risk at or above which a customer is listed (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--high-value", defaultValue = "80", paramLabel = "CHARGE",
            description = "Store: monthly charge from which a customer at risk raises an alert (default: ${DEFAULT-VALUE}).")
    double highValue;

    @Option(names = "--out", paramLabel = "SCORES.csv", description = "Write id, churn_probability, top_reasons here; without it the riskiest customers are printed.")
    Path out;

    @Option(names = "--top", defaultValue = "20", description = "How many customers to print without --out (default: ${DEFAULT-VALUE}).")
    int top;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (ChurnModel loaded = ChurnModel.load(model)) {
            if (customers == null) {
                return scoreStore(loaded);
            }
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

    private int scoreStore(ChurnModel loaded) {
        PrintWriter writer = spec.commandLine().getOut();
        try (TouchpointStore store = data.open()) {
            Connection connection = store.duckdb();
            LocalDate now = StoreChurnFeatures.latestCutoff(connection);
            List<ChurnScore> scores = StoreChurnTraining.score(loaded, connection, now);
            ChurnScoreStore scoreStore = new ChurnScoreStore(store);
            scoreStore.replaceAll(scores, now, model.getFileName().toString(), Instant.now());
            if (out != null) {
                ChurnScoresCsv.write(out, scores);
            }
            ChurnRiskReport report = scoreStore.report(threshold, highValue, top);
            writer.printf(Locale.ROOT, "%,d active customers scored at %s and stored%s; at risk (>= %.2f):%n", scores.size(), now,
                    out == null ? "" : " (also written to " + out + ")", threshold);
            Table table = new Table(100, "customer", "churn probability", "monthly charge", "alert", "top reasons");
            report.customers().forEach(customer -> table.row(customer.customerId(), String.format(Locale.ROOT, "%.3f", customer.probability()),
                    customer.monthlyCharge() == null ? "-" : String.format(Locale.ROOT, "%.2f", customer.monthlyCharge()),
                    customer.highValue() ? "HIGH VALUE" : "", String.join("; ", customer.reasons())));
            table.print(writer);
            writer.printf("%d high-value customers at risk; see their journeys with 'touchpoint journey CUSTOMER'%n", report.alerts().size());
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
