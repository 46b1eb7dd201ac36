package io.touchpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.TouchpointException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationTest {

    @TempDir
    Path dir;

    private static List<String> versions(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT version, description, applied_at FROM schema_version ORDER BY version")) {
            while (result.next()) {
                rows.add(result.getInt(1) + " " + result.getString(2) + " " + result.getString(3));
            }
        }
        return rows;
    }

    @Test
    void newStoreRunsEveryMigrationOnceAndRecordsIt() throws SQLException {
        int latest = new SchemaMigrator().latestVersion();
        try (TouchpointStore store = TouchpointStore.open(dir); Connection connection = store.duckdb()) {
            assertThat(store.schemaVersion()).isEqualTo(latest);
            assertThat(versions(connection)).hasSize(latest);
            assertThat(versions(connection).getFirst()).startsWith("1 initial ");
        }
    }

    @Test
    void reopeningDoesNotRunMigrationsAgain() throws SQLException {
        List<String> before;
        try (TouchpointStore store = TouchpointStore.open(dir); Connection connection = store.duckdb()) {
            before = versions(connection);
        }
        try (TouchpointStore store = TouchpointStore.open(dir); Connection connection = store.duckdb()) {
            assertThat(versions(connection)).isEqualTo(before);
        }
    }

    @Test
    void everyTableOfTheSchemaExists() throws SQLException {
        try (TouchpointStore store = TouchpointStore.open(dir);
                Connection connection = store.duckdb();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = 'main' AND table_catalog = current_database()""")) {
            List<String> tables = new ArrayList<>();
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
            assertThat(tables).contains("schema_version", "interactions", "turns", "customers", "customer_billing",
                    "agents", "desktop_events", "customer_identities", "findings", "analysis_state", "batches");
        }
    }

    @Test
    void storeWrittenByANewerSchemaIsRefusedWithAClearMessage() throws SQLException {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            assertThat(store.schemaVersion()).isPositive();
        }
        try (Connection connection = DriverManager.getConnection(
                "jdbc:duckdb:" + dir.resolve(TouchpointStore.DATABASE_FILE));
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO schema_version VALUES (999, 'from the future', TIMESTAMP '2030-01-01')");
        }

        assertThatThrownBy(() -> TouchpointStore.open(dir))
                .isInstanceOfSatisfying(TouchpointException.class,
                        e -> assertThat(e.kind()).isEqualTo(TouchpointException.Kind.USER_ERROR))
                .hasMessageContaining("schema version 999")
                .hasMessageContaining("newer Touchpoint");
        // The refusal released the folder: a later open in this process is not blocked by it.
        assertThatThrownBy(() -> TouchpointStore.open(dir)).hasMessageContaining("schema version 999");
    }

    @Test
    void migrationsAreNumberedFromOneWithoutGaps() {
        List<SchemaMigrator.Migration> migrations = new SchemaMigrator().migrations();

        for (int i = 0; i < migrations.size(); i++) {
            assertThat(migrations.get(i).version()).isEqualTo(i + 1);
        }
    }
}
