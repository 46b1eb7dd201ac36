package io.touchpoint.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Argument handling of the scale entry point; the jobs themselves are tested on the real engines. */
class ScaleMainTest {

    private static int run(StringWriter err, String... args) {
        CommandLine commandLine = ScaleMain.commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        return commandLine.execute(args);
    }

    @Test
    void sparkWithoutInputIsAUsageError() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "spark", "--output", "out")).isEqualTo(2);
        assertThat(err.toString()).contains("--input");
    }

    @Test
    void aBadBatchIdIsAUsageErrorNamingIt() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "spark", "--input", "in.ndjson", "--output", "out", "--batch-id", "../x")).isEqualTo(2);
        assertThat(err.toString()).contains("batch id '../x'");
    }

    @Test
    void aZeroCheckpointIntervalIsAUsageError() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "flink", "--bootstrap", "localhost:9092", "--checkpoint-interval", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("checkpointInterval");
    }

    @Test
    void aMissingRuleFileIsAUsageError() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "flink", "--bootstrap", "localhost:9092", "--rules", "/no/such/rules.yaml")).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read rule file");
    }
}
