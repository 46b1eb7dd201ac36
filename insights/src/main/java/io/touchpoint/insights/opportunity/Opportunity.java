package io.touchpoint.insights.opportunity;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One improvement project and what it is worth a year.
 *
 * @param rank 1 for the most valuable
 * @param type {@code automation} (deflect or automate the work) or {@code training} (coach agents, fix the
 *        knowledge base or the process behind a costly effect)
 * @param source where the evidence comes from: {@code category}, {@code event}, {@code behaviour} or
 *        {@code desktop_process}
 * @param subject the category path, event, missing behaviour or desktop process
 * @param action what the project would do, in one sentence
 * @param yearlyValue money a year if the project delivers the assumed share (see {@code basis})
 * @param minutesPerYear agent minutes a year behind {@code yearlyValue}
 * @param fullTimeEquivalents {@code minutesPerYear} over working minutes per FTE-year
 * @param evidenceCount interactions (or process runs) the figure rests on
 * @param pValue of the effect the value comes from; NaN for volume-based automation figures
 * @param basis how the value was computed, with the numbers
 * @param exampleIds interactions to read before choosing the project, most recent first
 */
public record Opportunity(int rank, String type, String source, String subject, String action, double yearlyValue,
                          double minutesPerYear, double fullTimeEquivalents, long evidenceCount, double pValue,
                          String basis, List<String> exampleIds) {

    public static final String AUTOMATION = "automation";
    public static final String TRAINING = "training";

    public Opportunity {
        requireNonNull(type, "Opportunity.type is null");
        requireNonNull(source, "Opportunity.source is null");
        requireNonNull(subject, "Opportunity.subject is null");
        requireNonNull(action, "Opportunity.action is null");
        requireNonNull(basis, "Opportunity.basis is null");
        exampleIds = List.copyOf(requireNonNull(exampleIds, "Opportunity.exampleIds is null"));
        if (!Double.isFinite(yearlyValue)) {
            throw new IllegalArgumentException("Opportunity.yearlyValue of " + subject + " is not a number");
        }
    }

    Opportunity withRank(int newRank) {
        return new Opportunity(newRank, type, source, subject, action, yearlyValue, minutesPerYear,
                fullTimeEquivalents, evidenceCount, pValue, basis, exampleIds);
    }
}
