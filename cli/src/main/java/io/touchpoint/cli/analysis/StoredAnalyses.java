package io.touchpoint.cli.analysis;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.store.TouchpointStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Interactions read back from the store with the findings stored for them, for reports and the rule debugger. */
public final class StoredAnalyses {

    private StoredAnalyses() {
    }

    /** The most recent {@code limit} interactions (all when {@code limit} is 0 or less), oldest first. */
    public static List<AnalyzedInteraction> recent(TouchpointStore store, int limit, boolean analyzedOnly) {
        String sql = "SELECT id FROM (SELECT i.id, i.started_at FROM interactions i"
                + (analyzedOnly ? " JOIN analysis_state a ON a.interaction_id = i.id" : "")
                + " ORDER BY i.started_at DESC, i.id" + (limit > 0 ? " LIMIT " + limit : "") + ") ORDER BY started_at, id";
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = store.duckdb().prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw TouchpointException.external("could not list interactions: " + e.getMessage(), e);
        }
        List<AnalyzedInteraction> result = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Interaction> chunk = store.interactions(ids.subList(from, Math.min(ids.size(), from + 1000)));
            Map<String, Interaction> byId = chunk.stream().collect(Collectors.toMap(Interaction::id, Function.identity()));
            for (String id : ids.subList(from, Math.min(ids.size(), from + 1000))) {
                Interaction interaction = byId.get(id);
                if (interaction != null) {
                    List<Finding> findings = store.findings(id);
                    result.add(new AnalyzedInteraction(interaction, findings));
                }
            }
        }
        return result;
    }

    /** The same interaction without one analyzer's findings: what that analyzer saw as its input. */
    public static AnalyzedInteraction without(AnalyzedInteraction analyzed, String analyzer) {
        return new AnalyzedInteraction(analyzed.interaction(),
                analyzed.findings().stream().filter(finding -> !finding.analyzer().equals(analyzer)).toList());
    }
}
