package io.touchpoint.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables a module (quality, server, insights...) keeps in the store's database, as an
 * ordered list of migrations it owns. {@link TouchpointStore#ensureSchema} applies the ones a
 * store has not seen, each in its own transaction, and records them in {@code module_schema}.
 * Migration {@code n} (1-based) is {@code migrations.get(n - 1)}; a released migration is
 * never edited, only followed by a new one.
 *
 * @param module a short stable name, also the prefix of the module's table names by convention
 * @param migrations the SQL script of each migration, in order (several statements allowed)
 */
public record ModuleSchema(String module, List<Migration> migrations) {

    /** One migration: a description for the log and its SQL. */
    public record Migration(String description, String sql) {
        public Migration {
            requireNonNull(description, "description is null");
            requireNonNull(sql, "sql is null");
            if (sql.isBlank()) {
                throw new IllegalArgumentException("migration '" + description + "' has no SQL");
            }
        }
    }

    public ModuleSchema {
        requireNonNull(module, "module is null");
        if (!module.matches("[a-z][a-z0-9_-]*")) {
            throw new IllegalArgumentException("module name '" + module + "' must be lower-case letters, digits, - or _");
        }
        migrations = List.copyOf(migrations);
        if (migrations.isEmpty()) {
            throw new IllegalArgumentException("module " + module + " has no migrations");
        }
    }

    /**
     * Reads migrations from classpath resources of {@code owner}'s jar: {@code folder/V1__x.sql},
     * {@code folder/V2__y.sql}... named in order.
     *
     * @param owner a class of the module, whose class loader finds the resources
     * @param folder an absolute resource folder such as {@code /db/quality}
     * @param names the file names, in migration order
     */
    public static ModuleSchema fromResources(String module, Class<?> owner, String folder, String... names) {
        List<Migration> migrations = new ArrayList<>();
        for (String name : names) {
            String resource = folder + "/" + name;
            try (InputStream in = owner.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("migration " + resource + " of module " + module
                            + " is missing from its jar");
                }
                String description = name.replaceFirst("^V\\d+__", "").replaceFirst("\\.sql$", "").replace('_', ' ');
                migrations.add(new Migration(description, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read migration " + resource, e);
            }
        }
        return new ModuleSchema(module, migrations);
    }

    /** The version a store has once every migration of this schema is applied. */
    public int latestVersion() {
        return migrations.size();
    }
}
