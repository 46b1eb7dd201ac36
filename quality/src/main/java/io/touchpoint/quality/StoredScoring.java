package io.touchpoint.quality;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.quality.scorecard.Scorecard;
import io.touchpoint.store.TouchpointStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scorecards applied again to stored analyses: the interaction as stored (redacted text, speech
 * confidences) and every stored finding but the quality analyzer's. This gives the review queue
 * the machine answers with their explanations, as the analyzer made them when the scorecards are
 * unchanged, without re-running text analytics or rules.
 */
final class StoredScoring {

    private final TouchpointStore store;

    StoredScoring(TouchpointStore store) {
        this.store = store;
    }

    /** The stored analysis of one interaction, without quality findings. */
    AnalyzedInteraction load(String interactionId) {
        Interaction interaction = store.interaction(interactionId).orElseThrow(() -> TouchpointException.userError(
                "no interaction '" + interactionId + "' in the store; check the id with 'touchpoint search' or 'touchpoint stats'"));
        List<Finding> findings = store.findings(interactionId).stream()
                .filter(finding -> !finding.analyzer().equals(QualityFindings.ANALYZER)).toList();
        return new AnalyzedInteraction(interaction, findings);
    }

    /** Stored analyses of many interactions (those not in the store are absent), without quality findings. */
    Map<String, AnalyzedInteraction> load(List<String> interactionIds) {
        Map<String, AnalyzedInteraction> result = new LinkedHashMap<>();
        if (interactionIds.isEmpty()) {
            return result;
        }
        Map<String, List<Finding>> findings = store.findings(interactionIds, otherAnalyzers());
        for (Interaction interaction : store.interactions(interactionIds)) {
            result.put(interaction.id(), new AnalyzedInteraction(interaction,
                    findings.getOrDefault(interaction.id(), List.of())));
        }
        return result;
    }

    /** The scorecard applied to a stored interaction. */
    Optional<ScorecardResult> evaluate(Scorecard scorecard, AnalyzedInteraction analysis) {
        return ScorecardEvaluator.evaluate(scorecard, analysis);
    }

    private List<String> otherAnalyzers() {
        try (Statement statement = store.duckdb().createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT DISTINCT analyzer FROM findings WHERE analyzer <> '" + QualityFindings.ANALYZER + "'")) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw TouchpointException.external("cannot read the analyzers of stored findings: " + e.getMessage(), e);
        }
    }

    /** Splits {@code ids} into chunks of {@code size}, to bound memory on big stores. */
    static <T> List<List<T>> chunks(List<T> ids, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += size) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + size)));
        }
        return chunks;
    }

    /** Group pairs by their first element, keeping order. */
    static Map<String, List<String>> group(List<String[]> pairs) {
        Map<String, List<String>> grouped = new HashMap<>();
        for (String[] pair : pairs) {
            grouped.computeIfAbsent(pair[0], key -> new ArrayList<>()).add(pair[1]);
        }
        return grouped;
    }
}
