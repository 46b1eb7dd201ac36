package io.touchpoint.insights;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.config.Settings;
import io.touchpoint.core.text.EditDistance;
import io.touchpoint.insights.process.CostModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code insights.*} settings: the cost model that turns effects into money and the assumptions of the
 * opportunities report. Each key has a default; a wrong value or an unknown {@code insights.} key stops with a
 * message naming it (with the closest known key).
 *
 * <pre>
 * insights.cost-per-agent-minute = 0.85
 * insights.loaded-fte-cost-per-year = 52000
 * insights.working-minutes-per-fte-year = 96000
 * insights.minutes-per-escalation = 12
 * insights.addressable-share = 0.5
 * insights.automation-rate = 0.3
 * </pre>
 *
 * @param cost the cost model
 * @param minutesPerEscalation minutes one escalation costs
 * @param addressableShare share of an excess a training or process fix is assumed to remove
 * @param automationRate share of a routine category or desktop process automation is assumed to take over
 */
public record InsightsConfig(CostModel cost, double minutesPerEscalation, double addressableShare,
                             double automationRate) {

    /** Every key with its description, for messages and docs. */
    public static final Map<String, String> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("insights.cost-per-agent-minute", "fully loaded cost of one agent minute (default 1.00)");
        KEYS.put("insights.loaded-fte-cost-per-year", "loaded cost of one full-time agent a year (default 60000)");
        KEYS.put("insights.working-minutes-per-fte-year", "productive minutes of one full-time agent a year (default 100000)");
        KEYS.put("insights.minutes-per-escalation", "minutes one escalation costs (default 10)");
        KEYS.put("insights.addressable-share", "share of an excess training or a process fix removes (default 0.5)");
        KEYS.put("insights.automation-rate", "share of routine work automation takes over (default 0.3)");
    }

    public InsightsConfig {
        requireNonNull(cost, "InsightsConfig.cost is null");
    }

    public static InsightsConfig defaults() {
        return new InsightsConfig(CostModel.defaults(), 10, 0.5, 0.3);
    }

    /**
     * Reads the {@code insights.*} keys of {@code settings}.
     *
     * @throws TouchpointException USER_ERROR naming the key of a wrong value or an unknown key
     */
    public static InsightsConfig from(Settings settings) {
        requireNonNull(settings, "settings is null");
        List<String> problems = new ArrayList<>();
        for (String key : settings.values().keySet()) {
            if (key.startsWith("insights.") && !KEYS.containsKey(key)) {
                problems.add("unknown key '" + key + "' (did you mean '" + closest(key) + "'?)");
            }
        }
        InsightsConfig defaults = defaults();
        double minute = number(settings, "insights.cost-per-agent-minute", defaults.cost().costPerAgentMinute(), problems);
        double fte = number(settings, "insights.loaded-fte-cost-per-year", defaults.cost().loadedFteCostPerYear(), problems);
        double minutes = number(settings, "insights.working-minutes-per-fte-year",
                defaults.cost().workingMinutesPerFteYear(), problems);
        double escalation = number(settings, "insights.minutes-per-escalation", defaults.minutesPerEscalation(), problems);
        double addressable = number(settings, "insights.addressable-share", defaults.addressableShare(), problems);
        double automation = number(settings, "insights.automation-rate", defaults.automationRate(), problems);
        CostModel cost = null;
        try {
            cost = new CostModel(minute, fte, minutes);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (escalation < 0) {
            problems.add("insights.minutes-per-escalation must not be negative, got " + escalation);
        }
        if (!(addressable > 0 && addressable <= 1)) {
            problems.add("insights.addressable-share must be in (0, 1], got " + addressable);
        }
        if (!(automation > 0 && automation <= 1)) {
            problems.add("insights.automation-rate must be in (0, 1], got " + automation);
        }
        if (!problems.isEmpty()) {
            throw TouchpointException.userError("insights settings" + settings.source().map(path -> " in " + path)
                    .orElse("") + ": " + String.join("; ", problems));
        }
        return new InsightsConfig(cost, escalation, addressable, automation);
    }

    private static double number(Settings settings, String key, double fallback, List<String> problems) {
        String value = settings.get(key).orElse(null);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            double parsed = Double.parseDouble(value.trim().replace("_", ""));
            if (!Double.isFinite(parsed)) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            problems.add(key + ": '" + value + "' is not a number");
            return fallback;
        }
    }

    private static String closest(String key) {
        return KEYS.keySet().stream().min(Comparator.comparingInt(known -> EditDistance.levenshtein(known, key))).orElseThrow();
    }
}
