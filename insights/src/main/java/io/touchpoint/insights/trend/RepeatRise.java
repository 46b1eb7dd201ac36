package io.touchpoint.insights.trend;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * An alert that the same issue keeps failing: the repeat-contact rate of one contact reason rose in the recent
 * weeks against the weeks before.
 *
 * @param reason the contact reason (first category)
 * @param baselineFrom first day of the baseline window
 * @param recentFrom first day of the recent window
 * @param recentTo last day of the recent window (the last {@code repeatDays} of data are left out: their repeats
 *        cannot have happened yet)
 * @param baselineContacts contacts with a known customer in the baseline window
 * @param baselineRepeats of which the customer came back with the same reason within the repeat days
 * @param recentContacts the same in the recent window
 * @param recentRepeats the same in the recent window
 * @param baselineRate {@code baselineRepeats / baselineContacts}
 * @param recentRate {@code recentRepeats / recentContacts}
 * @param pValue one-sided two-proportion z-test of a rise
 * @param weekly the weekly repeat rates over both windows, oldest first
 * @param exampleIds recent contacts that were repeated, most recent first
 */
public record RepeatRise(String reason, LocalDate baselineFrom, LocalDate recentFrom, LocalDate recentTo,
                         long baselineContacts, long baselineRepeats, long recentContacts, long recentRepeats,
                         double baselineRate, double recentRate, double pValue, List<WeekRate> weekly,
                         List<String> exampleIds) {

    public RepeatRise {
        requireNonNull(reason, "RepeatRise.reason is null");
        weekly = List.copyOf(requireNonNull(weekly, "RepeatRise.weekly is null"));
        exampleIds = List.copyOf(requireNonNull(exampleIds, "RepeatRise.exampleIds is null"));
    }

    /** One week of a reason's repeat rate. */
    public record WeekRate(LocalDate weekStart, long contacts, long repeats, double rate) {
    }
}
