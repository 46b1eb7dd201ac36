package io.touchpoint.cli.churn;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.cli.TouchpointCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code touchpoint churn train / score / evaluate} on a CSV file, through the real command line. */
class ChurnCommandTest {

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine commandLine = TouchpointCommand.commandLine();
        if (!commandLine.getSubcommands().containsKey("churn")) {
            commandLine.addSubcommand(new ChurnCommand());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    static Path customers(Path folder, String name, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder("customer,tenure,contract,charge,Churn\n");
        for (int i = 0; i < rows; i++) {
            int tenure = random.nextInt(72);
            String contract = random.nextBoolean() ? "Month-to-month" : "Two year";
            double risk = (tenure < 12 ? 1.5 : -1) + (contract.equals("Month-to-month") ? 1.2 : -1) + random.nextGaussian();
            String charge = random.nextInt(10) == 0 ? " " : String.format(Locale.ROOT, "%.2f", 20 + random.nextDouble() * 80);
            csv.append("K").append(i).append(',').append(tenure).append(',').append(contract).append(',').append(charge)
                    .append(',').append(risk > 0.5 ? "Yes" : "No").append('\n');
        }
        return Files.writeString(folder.resolve(name), csv);
    }

    @Test
    void trainsScoresAndEvaluatesACsvTable(@TempDir Path folder) throws IOException {
        Path training = customers(folder, "train.csv", 800, 1);
        Path test = customers(folder, "test.csv", 300, 2);
        Path model = folder.resolve("churn.model");

        Run train = run("churn", "train", "--customers", training.toString(), "--id-column", "customer",
                "--label-column", "Churn", "--model", model.toString());
        assertThat(train.exitCode()).as(train.err()).isZero();
        assertThat(train.out()).contains("trained on 800 customers").contains("AUC");
        assertThat(model).isRegularFile();

        Path scores = folder.resolve("out/scores.csv");
        Run score = run("churn", "score", "--model", model.toString(), "--customers", test.toString(), "--out", scores.toString());
        assertThat(score.exitCode()).as(score.err()).isZero();
        List<String> lines = Files.readAllLines(scores);
        assertThat(lines).hasSize(301);
        assertThat(lines.get(0)).isEqualTo("id,churn_probability,top_reasons");
        assertThat(lines.get(1)).startsWith("K0,0.");
        assertThat(String.join("\n", lines)).contains("contract is Month-to-month");

        Run evaluate = run("churn", "evaluate", "--model", model.toString(), "--customers", test.toString());
        assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
        assertThat(evaluate.out()).containsPattern("AUC     0\\.[89]\\d{3}").contains("PR-AUC").contains("reliability by decile");
    }

    @Test
    void trainsOnTheStoreAndStoresScoresWithAlerts(@TempDir Path folder) throws Exception {
        var center = new io.touchpoint.simulator.ContactCenterSimulator(io.touchpoint.simulator.SimulationConfig.of(6000, 5)).generate();
        var files = io.touchpoint.simulator.SimulationWriter.write(center, folder.resolve("source"));
        Path data = folder.resolve("data");
        Run ingest = run("ingest", "--data", data.toString(), files.customers().toString(), files.interactions().toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        Path model = folder.resolve("store.model");

        Run train = run("churn", "train", "--data", data.toString(), "--horizon-days", "30", "--model", model.toString());
        assertThat(train.exitCode()).as(train.err()).isZero();
        assertThat(train.out()).contains("the store's customers at cut-off 2026-03-06 (horizon 30 days)").contains("AUC");

        Run score = run("churn", "score", "--data", data.toString(), "--model", model.toString(), "--threshold", "0.2");
        assertThat(score.exitCode()).as(score.err()).isZero();
        assertThat(score.out()).contains("active customers scored at 2026-04-05 and stored").contains("high-value customers at risk");
        try (var store = io.touchpoint.store.TouchpointStore.open(data);
                var statement = store.duckdb().createStatement();
                var result = statement.executeQuery("SELECT count(*), max(probability) FROM churn_scores")) {
            result.next();
            assertThat(result.getLong(1)).isPositive();
            assertThat(result.getDouble(2)).isBetween(0.0, 1.0);
        }
    }

    @Test
    void exitsWithUsageErrorWhenTheLabelIsNotBinary(@TempDir Path folder) throws IOException {
        Path training = customers(folder, "train.csv", 100, 3);
        Run train = run("churn", "train", "--customers", training.toString(), "--id-column", "customer",
                "--label-column", "contract", "--model", folder.resolve("m").toString());
        assertThat(train.exitCode()).isEqualTo(2);
        assertThat(train.err()).contains("error: train.csv: label column 'contract' is not binary")
                .contains("month-to-month").doesNotContain("Exception");
    }

    @Test
    void exitsWithUsageErrorWhenTheModelFileIsMissing(@TempDir Path folder) throws IOException {
        Path test = customers(folder, "test.csv", 10, 4);
        Run score = run("churn", "score", "--model", folder.resolve("none.model").toString(), "--customers", test.toString());
        assertThat(score.exitCode()).isEqualTo(2);
        assertThat(score.err()).contains("does not exist");
    }
}
