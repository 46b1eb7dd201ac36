package io.touchpoint.insights.process;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Process mining over a period: the processes ranked as automation candidates, and how agents spend
 * their desktop time during interactions.
 *
 * @param processes ranked, best automation candidate first
 * @param interactionsWithDesktop interactions that have at least one aligned desktop event
 * @param applications desktop time per application over all interactions, most used first
 * @param meanSwitchesPerInteraction application switches per interaction with desktop activity
 * @param meanSystemsPerInteraction distinct applications per interaction with desktop activity
 */
public record ProcessReport(List<ProcessSummary> processes, int observedDays, CostModel cost, int shrinkSeconds,
                            int interactionsWithDesktop, List<ApplicationTime> applications,
                            double meanSwitchesPerInteraction, double meanSystemsPerInteraction, int unalignedEvents,
                            int unpairedEnds, int openEndedProcesses) {

    public ProcessReport {
        processes = List.copyOf(requireNonNull(processes, "processes is null"));
        requireNonNull(cost, "cost is null");
        applications = List.copyOf(requireNonNull(applications, "applications is null"));
    }

    /** Desktop time in one application over all interactions. */
    public record ApplicationTime(String application, double hours, double share) {
        public ApplicationTime {
            requireNonNull(application, "application is null");
        }
    }
}
