package io.touchpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.ingest.IngestBatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsParquetImportTest {

    @TempDir
    Path temp;

    /** Writes findings Parquet with a separate DuckDB, as an outside engine would. */
    private Path parquet(String name, String valuesSql) throws Exception {
        Path file = temp.resolve("out").resolve(name);
        Files.createDirectories(file.getParent());
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("COPY (SELECT * FROM (VALUES " + valuesSql + ") AS t(interaction_id, finding_index, "
                    + "evidence_index, analyzer, type, name, label, score, confidence, turn_index, char_start, char_end, "
                    + "start_ms, end_ms, pipeline_version)) TO '" + file + "' (FORMAT parquet)");
        }
        return file;
    }

    private static String row(String id, int finding, String name) {
        return "('" + id + "', " + finding + ", 0, 'rules', 'category', '" + name + "', '', 1.0::DOUBLE, 0.9::DOUBLE, "
                + "-1, 0, 0, 0::BIGINT, 0::BIGINT, 'spark-v1')";
    }

    @Test
    void replacesTheFindingsOfImportedInteractionsAndRecordsTheirAnalysis() throws Exception {
        try (TouchpointStore store = TouchpointStore.open(temp.resolve("data"))) {
            store.write(IngestBatch.ofInteractions(List.of(SampleData.fullCall("c-1"), SampleData.fullCall("c-2"))));
            store.writeAnalysis(List.of(new AnalyzedInteraction(SampleData.fullCall("c-1"),
                    List.of(Finding.metric("old", "stale", 1)))), "embedded-v1");
            parquet("batch=a/part-0.parquet", row("c-1", 0, "Billing") + ", " + row("c-1", 1, "Late fee") + ", "
                    + row("ghost", 0, "Billing"));

            TouchpointStore.ParquetImport result = store.importFindingsParquet(temp.resolve("out") + "/**/*.parquet");
            assertThat(result.interactions()).isEqualTo(1);
            assertThat(result.findingRows()).isEqualTo(2);
            assertThat(result.unknownInteractions()).containsExactly("ghost");
            assertThat(store.findings("c-1")).extracting(Finding::name).containsExactly("Billing", "Late fee");
            assertThat(store.interactionIdsNeedingAnalysis("spark-v1", false)).containsExactly("c-2");

            // Idempotent: the same files again change nothing.
            store.importFindingsParquet(temp.resolve("out") + "/**/*.parquet");
            assertThat(store.findings("c-1")).hasSize(2);
            try (Statement statement = store.duckdb().createStatement();
                    ResultSet rows = statement.executeQuery("SELECT count(*) FROM findings")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(2);
            }
        }
    }

    @Test
    void anInteractionInTwoFilesTakesTheRowsOfTheLastFile() throws Exception {
        try (TouchpointStore store = TouchpointStore.open(temp.resolve("data"))) {
            store.write(IngestBatch.ofInteractions(List.of(SampleData.fullCall("c-1"))));
            parquet("batch=a/part-0.parquet", row("c-1", 0, "Old"));
            parquet("batch=b/part-0.parquet", row("c-1", 0, "New") + ", " + row("c-1", 1, "Newer"));
            store.importFindingsParquet(temp.resolve("out") + "/**/*.parquet");
            assertThat(store.findings("c-1")).extracting(Finding::name).containsExactly("New", "Newer");
        }
    }

    @Test
    void filesWithoutTheFindingsColumnsAreAUserError() throws Exception {
        Path file = temp.resolve("other.parquet");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("COPY (SELECT 1 AS x) TO '" + file + "' (FORMAT parquet)");
        }
        try (TouchpointStore store = TouchpointStore.open(temp.resolve("data"))) {
            assertThatThrownBy(() -> store.importFindingsParquet(file.toString()))
                    .isInstanceOf(TouchpointException.class).hasMessageContaining("expected the columns")
                    .satisfies(e -> assertThat(((TouchpointException) e).kind())
                            .isEqualTo(TouchpointException.Kind.USER_ERROR));
        }
    }
}
