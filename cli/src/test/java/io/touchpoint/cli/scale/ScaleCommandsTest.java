package io.touchpoint.cli.scale;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.cli.ExitCodes;
import io.touchpoint.cli.TouchpointCommand;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The CLI side of the scale commands. The Kafka feeder itself is tested against a real broker in the
 * kafka module: a broker cannot start in this module's test JVM, whose Scala 2.12 (XGBoost) is not the
 * broker's 2.13.
 */
class ScaleCommandsTest {

    @TempDir
    Path work;

    private record Run(int exit, String out, String err) {
    }

    private static Run touchpoint(String... args) {
        CommandLine commandLine = TouchpointCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static Interaction chat(String id, String text) {
        return Interaction.builder(id, Channel.CHAT, Instant.parse("2026-03-02T14:05:11Z"))
                .turn(Turn.typed(Speaker.CUSTOMER, 0, 1000, text))
                .turn(Turn.typed(Speaker.AGENT, 1200, 2000, "Let me check that for you."))
                .build();
    }

    @Test
    void importParquetLoadsTheFindingsOfAFolderTwiceWithTheSameResult() throws Exception {
        Path data = work.resolve("data");
        try (TouchpointStore store = TouchpointStore.open(data)) {
            store.write(IngestBatch.ofInteractions(List.of(chat("c-1", "hello"))));
        }
        Path folder = work.resolve("out/findings/batch=b1");
        Files.createDirectories(folder);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("COPY (SELECT * FROM (VALUES ('c-1', 0, 0, 'rules', 'category', 'Billing', '', 1.0::DOUBLE, "
                    + "0.9::DOUBLE, -1, 0, 0, 0::BIGINT, 0::BIGINT, 'spark-v1')) AS t(interaction_id, finding_index, "
                    + "evidence_index, analyzer, type, name, label, score, confidence, turn_index, char_start, char_end, "
                    + "start_ms, end_ms, pipeline_version)) TO '" + folder.resolve("part-0.parquet") + "' (FORMAT parquet)");
        }
        for (int i = 0; i < 2; i++) {
            Run run = touchpoint("store", "import-parquet", work.resolve("out/findings").toString(), "--data",
                    data.toString());
            assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
            assertThat(run.out()).contains("imported 1 finding rows of 1 interactions");
        }
        try (TouchpointStore store = TouchpointStore.open(data)) {
            assertThat(store.findings("c-1")).extracting(Finding::name).containsExactly("Billing");
        }
    }

    @Test
    void importParquetOfAFolderWithoutParquetIsAUsageError() {
        Run run = touchpoint("store", "import-parquet", work.toString(), "--data", work.resolve("data").toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no .parquet file below");
    }

    @Test
    void ingestKafkaNeedsAStopCondition() {
        Run run = touchpoint("ingest-kafka", "--from-kafka", "localhost:1", "--data", work.resolve("data").toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--max-records").contains("--until-idle");
    }
}
