package io.touchpoint.cli.commands;

import io.touchpoint.cli.output.Json;
import io.touchpoint.cli.output.OutputFormat;
import io.touchpoint.cli.output.Table;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.rules.RuleSet;
import io.touchpoint.rules.Taxonomy;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "categories", mixinStandardHelpOptions = true,
        description = "The taxonomy of contact reasons and other categories, with how many analyzed interactions each "
                + "covers (a parent counts its children), plus events, compliance findings and behaviours.")
public final class CategoriesCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Option(names = "--all", description = "Also list categories no interaction falls in (e.g. other industries' packs).")
    boolean all;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (TouchpointStore store = data.open()) {
            Map<String, Long> categories = counts(store, "category");
            Map<String, Long> events = counts(store, "event");
            Map<String, Long> compliance = counts(store, "compliance");
            Map<String, Long> behaviours = counts(store, "behaviour", "present");
            long analyzed = analyzedCount(store);
            Taxonomy taxonomy = RuleSet.builtIn().taxonomy();
            Map<String, Long> rolledUp = taxonomy.rollUp(categories);
            if (format == OutputFormat.json) {
                var node = Json.object();
                node.put("analyzedInteractions", analyzed);
                var categoryNode = node.putObject("categories");
                rolledUp.forEach(categoryNode::put);
                var eventNode = node.putObject("events");
                events.forEach(eventNode::put);
                var complianceNode = node.putObject("compliance");
                compliance.forEach(complianceNode::put);
                var behaviourNode = node.putObject("behavioursPresent");
                behaviours.forEach(behaviourNode::put);
                Json.print(out, node);
                return 0;
            }
            if (analyzed == 0) {
                out.println("no analyzed interactions yet: run 'touchpoint analyze' first");
            }
            Table table = new Table("category", "interactions", "share");
            for (Taxonomy.Node node : taxonomy.nodes()) {
                long count = rolledUp.getOrDefault(node.path(), 0L);
                if (count == 0 && !all) {
                    continue;
                }
                table.row("  ".repeat(node.depth()) + node.name(), String.format("%,d", count), share(count, analyzed));
            }
            table.print(out);
            printFlat(out, "event", events, analyzed);
            printFlat(out, "compliance finding", compliance, analyzed);
            printFlat(out, "behaviour present", behaviours, analyzed);
            out.flush();
        }
        return 0;
    }

    private static void printFlat(PrintWriter out, String title, Map<String, Long> counts, long analyzed) {
        if (counts.isEmpty()) {
            return;
        }
        out.println();
        Table table = new Table(title, "interactions", "share");
        counts.forEach((name, count) -> table.row(name, String.format("%,d", count), share(count, analyzed)));
        table.print(out);
    }

    private static String share(long count, long total) {
        return total == 0 ? "-" : String.format("%.1f%%", 100.0 * count / total);
    }

    static long analyzedCount(TouchpointStore store) {
        try (PreparedStatement statement = store.duckdb().prepareStatement("SELECT count(*) FROM analysis_state");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw TouchpointException.external("could not count analyzed interactions: " + e.getMessage(), e);
        }
    }

    static Map<String, Long> counts(TouchpointStore store, String type) {
        return counts(store, type, null);
    }

    private static Map<String, Long> counts(TouchpointStore store, String type, String label) {
        String sql = "SELECT name, count(DISTINCT interaction_id) AS n FROM findings WHERE type = ?"
                + (label == null ? "" : " AND label = ?") + " GROUP BY name ORDER BY n DESC, name";
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement statement = store.duckdb().prepareStatement(sql)) {
            statement.setString(1, type);
            if (label != null) {
                statement.setString(2, label);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw TouchpointException.external("could not count findings: " + e.getMessage(), e);
        }
        return counts;
    }
}
