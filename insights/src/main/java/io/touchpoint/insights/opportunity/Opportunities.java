package io.touchpoint.insights.opportunity;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.insights.impact.CategoryImpact;
import io.touchpoint.insights.impact.Quantification;
import io.touchpoint.insights.impact.QuantifySettings;
import io.touchpoint.insights.impact.Quantifier;
import io.touchpoint.insights.facts.IdList;
import io.touchpoint.insights.facts.InteractionFacts;
import io.touchpoint.insights.process.AlignmentSettings;
import io.touchpoint.insights.process.CostModel;
import io.touchpoint.insights.process.DesktopDataset;
import io.touchpoint.insights.process.MiningSettings;
import io.touchpoint.insights.process.ProcessMining;
import io.touchpoint.insights.process.ProcessReport;
import io.touchpoint.insights.process.ProcessSummary;
import io.touchpoint.insights.process.StoreDesktopReader;
import io.touchpoint.store.TouchpointStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The opportunities report: automation and training projects ranked by yearly value, each with its evidence count
 * and example interactions, so that a project is chosen for its value and not for an anecdote.
 *
 * <ul>
 *   <li><b>training</b> (category, event or missing agent behaviour): its significant excess handle time, repeat
 *       contacts and escalations against comparable interactions ({@link Quantifier}), times the
 *       {@link OpportunitySettings#addressableShare};</li>
 *   <li><b>automation</b> of a routine category (mean handle time at or below the overall mean): its yearly
 *       handling minutes times the {@link OpportunitySettings#automationRate};</li>
 *   <li><b>automation</b> of a desktop process ({@link ProcessMining}): its yearly cost times the automation
 *       rate.</li>
 * </ul>
 *
 * <pre>{@code
 * List<Opportunity> ranked = Opportunities.rank(store, CostModel.defaults(), QuantifySettings.defaults(),
 *         OpportunitySettings.defaults());
 * }</pre>
 */
public final class Opportunities {

    private Opportunities() {
    }

    /** Quantifies categories, events and missing behaviours, mines desktop processes when there are any, ranks. */
    public static List<Opportunity> rank(TouchpointStore store, CostModel cost, QuantifySettings quantify,
                                         OpportunitySettings settings) {
        requireNonNull(store, "store is null");
        InteractionFacts.ensureFresh(store);
        Quantification features = Quantifier.quantify(store.duckdb(), cost, quantify, Quantifier.DEFAULT_FEATURES);
        Quantification behaviours = Quantifier.quantify(store.duckdb(), cost, quantify, Quantifier.MISSING_BEHAVIOURS);
        DesktopDataset desktop = new StoreDesktopReader(store).read();
        ProcessReport processes = desktop.events().isEmpty() ? null
                : ProcessMining.mine(desktop, AlignmentSettings.defaults(), MiningSettings.defaults().withCost(cost));
        Map<String, List<String>> processExamples = processes == null ? Map.of()
                : processExamples(store.duckdb(), settings.examples());
        return rank(List.of(features, behaviours), processes, processExamples, settings);
    }

    /**
     * Ranks the opportunities of already computed quantifications and an optional process report.
     *
     * @param processExamples per desktop process, interaction ids to show (may be empty)
     */
    public static List<Opportunity> rank(List<Quantification> quantifications, ProcessReport processes,
                                         Map<String, List<String>> processExamples, OpportunitySettings settings) {
        requireNonNull(quantifications, "quantifications is null");
        requireNonNull(settings, "settings is null");
        List<Opportunity> found = new ArrayList<>();
        for (Quantification quantification : quantifications) {
            CostModel cost = quantification.cost();
            double meanHandle = quantification.meanHandleSeconds();
            for (CategoryImpact impact : quantification.impacts()) {
                if (isParentCategory(impact, quantification)) {
                    continue; // its sub-categories carry the figures; counting both would double them
                }
                training(impact, cost, settings).ifPresent(found::add);
                if (impact.kind().equals(CategoryImpact.CATEGORY) && Double.isFinite(meanHandle)
                        && impact.meanHandleSeconds() <= meanHandle && impact.handlingMinutesPerYear() > 0) {
                    double minutes = impact.handlingMinutesPerYear() * settings.automationRate();
                    found.add(new Opportunity(0, Opportunity.AUTOMATION, "category", impact.name(),
                            "Self-service or automation for '" + impact.name() + "', a routine contact reason ("
                                    + format("%.0f", impact.meanHandleSeconds()) + " s on average against "
                                    + format("%.0f", meanHandle) + " s overall)",
                            minutes * cost.costPerAgentMinute(), minutes, cost.fullTimeEquivalents(minutes),
                            impact.count(), Double.NaN,
                            format("%.0f handling minutes a year x %.0f%% deflected x %.2f a minute",
                                    impact.handlingMinutesPerYear(), settings.automationRate() * 100,
                                    cost.costPerAgentMinute()),
                            impact.examples(settings.examples())));
                }
            }
        }
        if (processes != null) {
            for (ProcessSummary process : processes.processes()) {
                double minutes = process.yearlyVolume() * process.meanSeconds() / 60.0 * settings.automationRate();
                double value = process.yearlyCost() * settings.automationRate();
                found.add(new Opportunity(0, Opportunity.AUTOMATION, "desktop_process", process.process(),
                        "Automate the desktop process '" + process.process() + "' (" + process.systems().size()
                                + " systems, median " + format("%.0f", process.medianSeconds()) + " s)",
                        value, minutes, processes.cost().fullTimeEquivalents(minutes), process.instances(), Double.NaN,
                        format("%.0f runs a year x %.0f s x %.2f a minute x %.0f%% automated", process.yearlyVolume(),
                                process.meanSeconds(), processes.cost().costPerAgentMinute(),
                                settings.automationRate() * 100),
                        processExamples.getOrDefault(process.process(), List.of())));
            }
        }
        List<Opportunity> ranked = found.stream().filter(o -> o.yearlyValue() > 0 && o.yearlyValue() >= settings.minimumValue())
                .sorted(Comparator.comparingDouble(Opportunity::yearlyValue).reversed()
                        .thenComparing(Opportunity::subject)).toList();
        List<Opportunity> result = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            result.add(ranked.get(i).withRank(i + 1));
        }
        return List.copyOf(result);
    }

    private static java.util.Optional<Opportunity> training(CategoryImpact impact, CostModel cost,
                                                            OpportunitySettings settings) {
        double handle = Math.max(0, impact.handleTimeMinutesPerYear());
        double repeat = Math.max(0, impact.repeatMinutesPerYear());
        double escalation = Math.max(0, impact.escalationMinutesPerYear());
        double excess = handle + repeat + escalation;
        if (excess <= 0) {
            return java.util.Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        double pValue = 1;
        if (handle > 0) {
            parts.add(format("+%.0f s handle time", impact.handleTime().delta()));
            pValue = Math.min(pValue, impact.handleTime().pValue());
        }
        if (repeat > 0) {
            parts.add(format("+%.1f pp repeat contacts", impact.repeatContact().delta() * 100));
            pValue = Math.min(pValue, impact.repeatContact().pValue());
        }
        if (escalation > 0) {
            parts.add(format("+%.1f pp escalations", impact.escalation().delta() * 100));
            pValue = Math.min(pValue, impact.escalation().pValue());
        }
        String effects = String.join(", ", parts);
        String action = switch (impact.kind()) {
            case "behaviour" -> "Coach agents on '" + impact.name() + "': interactions where it is missing show "
                    + effects + " against comparable ones";
            case CategoryImpact.EVENT -> "Train agents to handle '" + impact.name() + "' and remove its causes: "
                    + effects + " against comparable interactions";
            default -> "Fix the process and knowledge behind '" + impact.name() + "': " + effects
                    + " against comparable contacts in the same queue and channel";
        };
        double minutes = excess * settings.addressableShare();
        return java.util.Optional.of(new Opportunity(0, Opportunity.TRAINING, impact.kind(), impact.name(), action,
                minutes * cost.costPerAgentMinute(), minutes, cost.fullTimeEquivalents(minutes), impact.count(), pValue,
                format("%.0f excess minutes a year (handle %.0f + repeats %.0f + escalations %.0f) x %.0f%% addressable"
                                + " x %.2f a minute", excess, handle, repeat, escalation,
                        settings.addressableShare() * 100, cost.costPerAgentMinute()),
                impact.examples(settings.examples())));
    }

    private static boolean isParentCategory(CategoryImpact impact, Quantification quantification) {
        if (!impact.kind().equals(CategoryImpact.CATEGORY) || impact.name().contains("/")) {
            return false;
        }
        String prefix = impact.name() + "/";
        return quantification.impacts().stream()
                .anyMatch(other -> other.kind().equals(CategoryImpact.CATEGORY) && other.name().startsWith(prefix));
    }

    /** Interactions where each desktop process ran, most recent first. */
    static Map<String, List<String>> processExamples(Connection connection, int limit) {
        Map<String, List<String>> examples = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT process_name, array_slice(list(DISTINCT interaction_id ORDER BY interaction_id DESC), 1, ?)
                FROM desktop_events
                WHERE type = 'process_start' AND process_name IS NOT NULL AND interaction_id IS NOT NULL
                GROUP BY process_name""")) {
            statement.setInt(1, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    examples.put(rows.getString(1), IdList.of(rows.getArray(2)));
                }
            }
        } catch (SQLException e) {
            throw TouchpointException.external("desktop process examples query failed: " + e.getMessage(), e);
        }
        return examples;
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
