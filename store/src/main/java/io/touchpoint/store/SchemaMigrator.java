package io.touchpoint.store;

import io.touchpoint.core.TouchpointException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a store's schema up to date. Migrations are SQL resources under
 * {@code db/migration/}, named {@code V<n>__<description>.sql} and listed in order in
 * {@code db/migration/index.txt}; each runs in its own transaction together with the row in
 * {@code schema_version} that records it, so a crash leaves the schema at a whole version.
 */
final class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
    private static final String FOLDER = "/db/migration/";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    record Migration(int version, String description, String resource) {
    }

    private final List<Migration> migrations;

    SchemaMigrator() {
        this.migrations = readIndex();
    }

    /** The version this build of Touchpoint writes. */
    int latestVersion() {
        return migrations.getLast().version();
    }

    List<Migration> migrations() {
        return migrations;
    }

    /**
     * Applies the migrations the store has not seen yet.
     *
     * @return the schema version after migrating
     * @throws TouchpointException USER_ERROR when the store was written by a newer Touchpoint
     */
    int migrate(Connection connection, String storeName) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        int current = currentVersion(connection);
        if (current > latestVersion()) {
            throw TouchpointException.userError("the store " + storeName + " has schema version " + current
                    + ", written by a newer Touchpoint; this build knows versions up to " + latestVersion()
                    + ". Use a newer Touchpoint, or a new data folder.");
        }
        for (Migration migration : migrations) {
            if (migration.version() <= current) {
                continue;
            }
            LOG.info("Migrating {} to schema version {} ({})", storeName, migration.version(), migration.description());
            String sql = load(migration.resource());
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN TRANSACTION");
                try {
                    SqlScript.run(connection, sql);
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO schema_version VALUES (?, ?, now()::TIMESTAMP)")) {
                        insert.setInt(1, migration.version());
                        insert.setString(2, migration.description());
                        insert.executeUpdate();
                    }
                    statement.execute("COMMIT");
                } catch (SQLException | RuntimeException e) {
                    statement.execute("ROLLBACK");
                    throw new TouchpointException(TouchpointException.Kind.INTERNAL, "schema migration "
                            + migration.resource() + " failed on " + storeName + ": " + e.getMessage(), e);
                }
            }
            current = migration.version();
        }
        return current;
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static List<Migration> readIndex() {
        List<Migration> result = new ArrayList<>();
        for (String line : load("index.txt").split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Matcher matcher = NAME.matcher(name);
            if (!matcher.matches()) {
                throw new IllegalStateException("migration " + name + " is not named V<n>__<description>.sql");
            }
            int version = Integer.parseInt(matcher.group(1));
            if (version != result.size() + 1) {
                throw new IllegalStateException("migration " + name + " should have version " + (result.size() + 1));
            }
            result.add(new Migration(version, matcher.group(2).replace('_', ' '), name));
        }
        if (result.isEmpty()) {
            throw new IllegalStateException(FOLDER + "index.txt lists no migrations");
        }
        return List.copyOf(result);
    }

    private static String load(String name) {
        try (InputStream in = SchemaMigrator.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + FOLDER + name + " is missing from the store jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + FOLDER + name, e);
        }
    }
}
