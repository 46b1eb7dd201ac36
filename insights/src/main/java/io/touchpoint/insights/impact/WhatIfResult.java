package io.touchpoint.insights.impact;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The yearly value of shrinking the handle time of one category's interactions.
 *
 * @param category the category asked for (a path such as {@code Billing/Late fee}, or a top level such as
 *        {@code Billing}, which covers every path under it)
 * @param shrinkSeconds seconds taken off each interaction
 * @param interactions matching interactions on handle-time channels in the period
 * @param yearlyInteractions {@code interactions} scaled to a year
 * @param meanHandleSeconds their current mean handle time
 * @param effectiveSeconds seconds actually saved per interaction on average: the shrink, capped at each
 *        interaction's own duration (a 40 s chat cannot lose 60 s)
 * @param minutesPerYear agent minutes saved a year
 * @param moneyPerYear {@code minutesPerYear} x cost per agent minute
 * @param fullTimeEquivalents {@code minutesPerYear} over working minutes per FTE-year
 * @param exampleIds some of the interactions, most recent first
 */
public record WhatIfResult(String category, double shrinkSeconds, long interactions, double yearlyInteractions,
                           double meanHandleSeconds, double effectiveSeconds, double minutesPerYear,
                           double moneyPerYear, double fullTimeEquivalents, List<String> exampleIds) {

    public WhatIfResult {
        requireNonNull(category, "WhatIfResult.category is null");
        exampleIds = List.copyOf(requireNonNull(exampleIds, "WhatIfResult.exampleIds is null"));
    }
}
