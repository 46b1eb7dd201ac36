package io.touchpoint.insights.driver;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One thing that drives a bad outcome: interactions with it have the outcome more often than comparable
 * interactions without it (same queue and channel).
 *
 * @param outcome {@code negative_sentiment}, {@code repeat_contact}, {@code escalation} or {@code churn}
 * @param kind {@code category}, {@code event} or {@code behaviour} (a behaviour the rules found missing)
 * @param name the category path or top level, the event, or the missing behaviour
 * @param count interactions with it that have a known outcome
 * @param withRate outcome rate with it (weighted over the compared strata)
 * @param withoutRate outcome rate of comparable interactions without it
 * @param riskDifference {@code withRate - withoutRate}: the effect size in rate points
 * @param riskRatio {@code withRate / withoutRate} (NaN when the rate without it is 0)
 * @param pValue two-sided, stratified (see {@link io.touchpoint.insights.impact.StratifiedComparison})
 * @param attributable outcomes it adds over the period: {@code riskDifference x count}
 * @param exampleIds interactions with it that had the outcome, most recent first
 */
public record Driver(String outcome, String kind, String name, long count, double withRate, double withoutRate,
                     double riskDifference, double riskRatio, double pValue, double attributable,
                     List<String> exampleIds) {

    public Driver {
        requireNonNull(outcome, "Driver.outcome is null");
        requireNonNull(kind, "Driver.kind is null");
        requireNonNull(name, "Driver.name is null");
        exampleIds = List.copyOf(requireNonNull(exampleIds, "Driver.exampleIds is null"));
    }
}
