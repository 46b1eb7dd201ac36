package io.touchpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.TouchpointException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleSchemaTest {

    @TempDir
    Path dir;

    private static final ModuleSchema V1 = new ModuleSchema("notes", List.of(
            new ModuleSchema.Migration("notes table", "CREATE TABLE notes_note (id INTEGER PRIMARY KEY, text VARCHAR)")));
    private static final ModuleSchema V2 = new ModuleSchema("notes", List.of(V1.migrations().getFirst(),
            new ModuleSchema.Migration("author", "ALTER TABLE notes_note ADD COLUMN author VARCHAR")));

    @Test
    void appliesEachMigrationOnceAcrossOpens() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            assertThat(store.ensureSchema(V1)).isEqualTo(1);
            assertThat(store.ensureSchema(V1)).isEqualTo(1);
            store.transaction(connection -> connection.createStatement()
                    .executeUpdate("INSERT INTO notes_note VALUES (1, 'first')"));
        }
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            assertThat(store.ensureSchema(V2)).isEqualTo(2);
            store.transaction(connection -> connection.createStatement()
                    .executeUpdate("UPDATE notes_note SET author = 'ana'"));
            assertThat(count(store, "SELECT count(*) FROM notes_note WHERE author = 'ana'")).isEqualTo(1);
            assertThat(count(store, "SELECT count(*) FROM module_schema WHERE module = 'notes'")).isEqualTo(2);
        }
    }

    @Test
    void refusesAStoreWithNewerModuleTables() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.ensureSchema(V2);
            assertThatThrownBy(() -> store.ensureSchema(V1)).isInstanceOf(TouchpointException.class)
                    .hasMessageContaining("version 2 of the notes tables");
        }
    }

    @Test
    void aFailedTransactionKeepsNothing() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.ensureSchema(V1);
            assertThatThrownBy(() -> store.transaction(connection -> {
                connection.createStatement().executeUpdate("INSERT INTO notes_note VALUES (1, 'kept?')");
                return connection.createStatement().executeUpdate("INSERT INTO notes_note VALUES (1, 'duplicate')");
            })).isInstanceOf(TouchpointException.class).hasMessageContaining("rolled back");
            assertThat(count(store, "SELECT count(*) FROM notes_note")).isZero();
        }
    }

    @Test
    void rejectsAModuleNameThatIsNotAnIdentifier() {
        assertThatThrownBy(() -> new ModuleSchema("Bad Name", V1.migrations()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Bad Name");
    }

    private static long count(TouchpointStore store, String sql) {
        try (Statement statement = store.duckdb().createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
