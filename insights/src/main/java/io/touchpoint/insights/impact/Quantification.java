package io.touchpoint.insights.impact;

import static java.util.Objects.requireNonNull;

import io.touchpoint.insights.process.CostModel;
import java.util.List;
import java.util.Optional;

/**
 * Every category and event with its frequency, effects and money, most costly first.
 *
 * @param cost the cost model used
 * @param settings how effects were measured
 * @param interactions interactions in the period
 * @param observedDays calendar days (UTC) from the first to the last interaction of the period, inclusive
 * @param meanHandleSeconds mean duration over handle-time channels, the price of one repeat contact
 * @param impacts one per category, top-level category and event, by {@code yearlyCost} descending
 */
public record Quantification(CostModel cost, QuantifySettings settings, long interactions, long observedDays,
                             double meanHandleSeconds, List<CategoryImpact> impacts) {

    public Quantification {
        requireNonNull(cost, "Quantification.cost is null");
        requireNonNull(settings, "Quantification.settings is null");
        impacts = List.copyOf(requireNonNull(impacts, "Quantification.impacts is null"));
    }

    /** 365 / observed days: what turns counts of the period into counts per year. */
    public double yearFactor() {
        return observedDays == 0 ? 0 : 365.0 / observedDays;
    }

    public Optional<CategoryImpact> impact(String kind, String name) {
        return impacts.stream().filter(impact -> impact.kind().equals(kind) && impact.name().equals(name)).findFirst();
    }
}
