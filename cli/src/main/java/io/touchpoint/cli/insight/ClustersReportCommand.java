package io.touchpoint.cli.insight;

import io.touchpoint.cli.commands.DataOptions;
import io.touchpoint.cli.output.Table;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.insights.InsightsJson;
import io.touchpoint.insights.cluster.ClusterSettings;
import io.touchpoint.insights.cluster.ConversationCluster;
import io.touchpoint.insights.cluster.ConversationClusters;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code touchpoint report clusters}: groups of similar conversations, with emerging issues flagged. */
@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = {"Groups similar conversations (TF-IDF of what customers said, spherical k-means) and names each "
                + "group by its distinctive words (c-TF-IDF); groups the taxonomy does not cover are flagged emerging. "
                + "See docs/insights.md.",
            "Example: touchpoint report clusters --clusters 15 --format json"})
public final class ClustersReportCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @Mixin
    DataOptions data;

    @Option(names = "--clusters", defaultValue = "0", paramLabel = "K",
            description = "Number of clusters (default: chosen from the number of conversations).")
    int clusters;

    @Option(names = "--max-conversations", defaultValue = "20000", paramLabel = "N",
            description = "Cluster the N most recent conversations (default: ${DEFAULT-VALUE}).")
    int maxConversations;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ReportOutput output;


    @Override
    public Integer call() {
        ClusterSettings settings;
        try {
            ClusterSettings defaults = ClusterSettings.defaults();
            settings = new ClusterSettings(clusters, maxConversations, defaults.minDocumentFrequency(), defaults.seed(),
                    defaults.keywords());
        } catch (IllegalArgumentException e) {
            throw TouchpointException.userError(e.getMessage());
        }
        List<ConversationCluster> found;
        try (TouchpointStore store = data.open()) {
            found = ConversationClusters.find(store, settings);
        }
        String text = switch (format) {
            case json -> InsightsJson.write(found) + System.lineSeparator();
            case csv -> csv(found);
            case table -> table(found);
        };
        output.write(text);
        return 0;
    }

    private static String table(List<ConversationCluster> found) {
        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        if (found.isEmpty()) {
            out.println("not enough conversations with text to cluster");
        } else {
            Table table = new Table(60, "#", "size", "share", "keywords", "top category", "uncategorized", "emerging",
                    "examples");
            for (ConversationCluster c : found) {
                table.row(c.id(), String.format(Locale.ROOT, "%,d", c.size()),
                        String.format(Locale.ROOT, "%.1f%%", c.share() * 100), String.join(", ", c.keywords()),
                        c.topCategory() == null ? "(none)" : String.format(Locale.ROOT, "%s (%.0f%%)", c.topCategory(),
                                c.topCategoryShare() * 100),
                        String.format(Locale.ROOT, "%.0f%%", c.uncategorizedShare() * 100), c.emerging() ? "yes" : "",
                        String.join(" ", c.interactionIds().subList(0, Math.min(2, c.interactionIds().size()))));
            }
            table.print(out);
        }
        out.flush();
        return buffer.toString();
    }

    private static String csv(List<ConversationCluster> found) {
        CsvText csv = new CsvText("id", "size", "share", "keywords", "top_category", "top_category_share",
                "uncategorized_share", "emerging", "interaction_ids");
        for (ConversationCluster c : found) {
            csv.row(c.id(), c.size(), c.share(), String.join("; ", c.keywords()), c.topCategory(), c.topCategoryShare(),
                    c.uncategorizedShare(), c.emerging(), CsvText.ids(c.interactionIds()));
        }
        return csv.toString();
    }
}
