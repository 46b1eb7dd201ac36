package io.touchpoint.insights.impact;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What one category (contact reason, or its top level) or one event costs: how often it happens, its effects
 * against comparable interactions without it, and those effects in money and head-count per year.
 *
 * @param kind {@code category} or {@code event}
 * @param name the category path ({@code Billing/Late fee}), a top level ({@code Billing}) or the event name
 * @param count interactions with it in the period
 * @param share {@code count} over all interactions of the period
 * @param yearlyVolume {@code count} scaled to a year (x 365 / observed days)
 * @param meanHandleSeconds mean duration of its interactions on handle-time channels (NaN when none)
 * @param handleTime effect on handle time in seconds (handle-time channels only); null when nothing comparable
 * @param repeatContact effect on the repeat-contact rate; null when nothing comparable
 * @param sentiment effect on customer sentiment (-1..1); null when nothing comparable
 * @param escalation effect on the escalation rate; null when nothing comparable or for the escalation event itself
 * @param handlingMinutesPerYear agent minutes a year spent handling these interactions on handle-time channels
 * @param handleTimeMinutesPerYear agent minutes a year its significant handle-time effect adds (0 when not
 *        significant): delta x its interactions on handle-time channels x year factor / 60
 * @param repeatMinutesPerYear minutes a year its significant repeat-contact effect adds: delta x its interactions
 *        with a known customer x year factor x the mean handle time
 * @param escalationMinutesPerYear minutes a year its significant escalation effect adds: delta x its analyzed
 *        interactions x year factor x minutes per escalation
 * @param excessMinutesPerYear the sum of the three (negative: it saves time)
 * @param yearlyCost {@code excessMinutesPerYear} x cost per agent minute
 * @param fullTimeEquivalents {@code excessMinutesPerYear} over working minutes per FTE-year
 * @param interactionIds up to {@link QuantifySettings#maxIds} of its interactions, most recent first
 */
public record CategoryImpact(String kind, String name, long count, double share, double yearlyVolume,
                             double meanHandleSeconds, Effect handleTime, Effect repeatContact, Effect sentiment,
                             Effect escalation, double handlingMinutesPerYear, double handleTimeMinutesPerYear,
                             double repeatMinutesPerYear, double escalationMinutesPerYear, double excessMinutesPerYear,
                             double yearlyCost, double fullTimeEquivalents, List<String> interactionIds) {

    public static final String CATEGORY = "category";
    public static final String EVENT = "event";

    public CategoryImpact {
        requireNonNull(kind, "CategoryImpact.kind is null");
        requireNonNull(name, "CategoryImpact.name is null");
        if (count < 0) {
            throw new IllegalArgumentException("CategoryImpact.count of " + name + " is negative");
        }
        interactionIds = List.copyOf(requireNonNull(interactionIds, "CategoryImpact.interactionIds is null"));
    }

    /** The effects that could be measured, in the order handle time, repeat, sentiment, escalation. */
    public List<Effect> effects() {
        return java.util.stream.Stream.of(handleTime, repeatContact, sentiment, escalation)
                .filter(java.util.Objects::nonNull).toList();
    }

    /** The first {@code n} drill-down ids, for tables. */
    public List<String> examples(int n) {
        return interactionIds.subList(0, Math.min(n, interactionIds.size()));
    }
}
