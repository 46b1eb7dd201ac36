package io.touchpoint.cli.insight;

import io.touchpoint.cli.commands.DataOptions;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.insights.InsightsConfig;
import io.touchpoint.insights.impact.QuantifySettings;
import io.touchpoint.insights.opportunity.OpportunitySettings;
import io.touchpoint.insights.process.CostModel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/**
 * The period and the cost model of the insight commands: options win over the {@code insights.*} settings, which
 * win over the defaults (docs/insights.md).
 */
public final class InsightOptions {

    @Option(names = "--from", paramLabel = "WHEN", description = "First day (YYYY-MM-DD, UTC) or instant included.")
    String from;

    @Option(names = "--to", paramLabel = "WHEN", description = "Last day included, or the first instant excluded.")
    String to;

    @Option(names = "--cost-per-minute", paramLabel = "X",
            description = "Fully loaded cost of an agent minute (default: insights.cost-per-agent-minute or 1.00).")
    Double costPerMinute;

    @Option(names = "--fte-cost", paramLabel = "X",
            description = "Loaded cost of a full-time agent a year (default: insights.loaded-fte-cost-per-year or 60000).")
    Double fteCost;

    @Option(names = "--fte-minutes", paramLabel = "N",
            description = "Working minutes of a full-time agent a year (default: insights.working-minutes-per-fte-year "
                    + "or 100000).")
    Double fteMinutes;

    @Option(names = "--minutes-per-escalation", paramLabel = "N",
            description = "Minutes one escalation costs (default: insights.minutes-per-escalation or 10).")
    Double minutesPerEscalation;

    /** The settings file's values with the options on top. */
    public InsightsConfig config(DataOptions data) {
        InsightsConfig base = InsightsConfig.from(data.settings());
        try {
            CostModel cost = new CostModel(costPerMinute != null ? costPerMinute : base.cost().costPerAgentMinute(),
                    fteCost != null ? fteCost : base.cost().loadedFteCostPerYear(),
                    fteMinutes != null ? fteMinutes : base.cost().workingMinutesPerFteYear());
            return new InsightsConfig(cost, minutesPerEscalation != null ? minutesPerEscalation
                    : base.minutesPerEscalation(), base.addressableShare(), base.automationRate());
        } catch (IllegalArgumentException e) {
            throw TouchpointException.userError(e.getMessage());
        }
    }

    public QuantifySettings quantifySettings(InsightsConfig config) {
        try {
            return QuantifySettings.defaults().between(fromInstant(), toInstant())
                    .withMinutesPerEscalation(config.minutesPerEscalation());
        } catch (IllegalArgumentException e) {
            throw TouchpointException.userError(e.getMessage());
        }
    }

    public OpportunitySettings opportunitySettings(InsightsConfig config) {
        OpportunitySettings defaults = OpportunitySettings.defaults();
        return new OpportunitySettings(config.addressableShare(), config.automationRate(), defaults.minimumValue(),
                defaults.examples());
    }

    public Instant fromInstant() {
        return instant("--from", from, false);
    }

    public Instant toInstant() {
        return instant("--to", to, true);
    }

    /**
     * A {@code --from}/{@code --to} value: a date is UTC midnight, and as {@code --to} it means the
     * end of that day, so the day is included; otherwise an ISO-8601 instant. Shared with {@code kpi}.
     */
    public static Instant instant(String option, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.trim());
            return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notADate) {
            try {
                return Instant.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw TouchpointException.userError(option + " '" + value
                        + "' is neither a date (2026-03-31) nor an ISO-8601 instant (2026-03-31T12:00:00Z)");
            }
        }
    }
}
