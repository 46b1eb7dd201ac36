package io.touchpoint.insights.process;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One business process over the observed period. Durations are over closed runs (a run without its
 * process_end has only an upper bound); volumes count every run.
 *
 * @param instances runs observed, open-ended ones included
 * @param openEnded runs closed by alignment because their process_end was missing
 * @param agents distinct agents who ran it
 * @param variants the orders of applications seen, most frequent first
 * @param stepTimes where the time goes: mean seconds per run in each application, slowest first
 * @param systems every application touched by any run, most used first
 * @param meanSystemsPerRun distinct applications per run, on average
 * @param waitingShare share of runs that kept the customer waiting (see {@link MiningSettings#waitFraction})
 * @param meanWaitingSeconds mean silence overlapping a run
 * @param yearlyVolume runs per year: {@code instances x 365 / observedDays}
 * @param yearlyCost agent time spent on it per year: {@code yearlyVolume x meanSeconds x cost per second}
 * @param yearlyValueOfShrinking {@code yearlyVolume x shrinkSeconds x cost per second}
 * @param automationScore the ranking score (see docs/processes.md)
 * @param rank 1 for the best automation candidate
 */
public record ProcessSummary(String process, int rank, int instances, int openEnded, double medianSeconds,
                             double p90Seconds, double meanSeconds, int agents, List<GroupDurations> byAgent,
                             List<GroupDurations> byTeam, List<Variant> variants, List<StepTime> stepTimes,
                             List<String> systems, double meanSystemsPerRun, double waitingShare,
                             double meanWaitingSeconds, double yearlyVolume, double yearlyCost,
                             double yearlyValueOfShrinking, double automationScore) {

    public ProcessSummary {
        requireNonNull(process, "process is null");
        byAgent = List.copyOf(requireNonNull(byAgent, "byAgent is null"));
        byTeam = List.copyOf(requireNonNull(byTeam, "byTeam is null"));
        variants = List.copyOf(requireNonNull(variants, "variants is null"));
        stepTimes = List.copyOf(requireNonNull(stepTimes, "stepTimes is null"));
        systems = List.copyOf(requireNonNull(systems, "systems is null"));
        if (instances < 1 || openEnded < 0 || openEnded > instances) {
            throw new IllegalArgumentException("ProcessSummary " + process + ": " + instances + " instances with "
                    + openEnded + " open-ended");
        }
    }

    /** The same summary at another place in the ranking. */
    public ProcessSummary withRank(int newRank) {
        return new ProcessSummary(process, newRank, instances, openEnded, medianSeconds, p90Seconds, meanSeconds, agents,
                byAgent, byTeam, variants, stepTimes, systems, meanSystemsPerRun, waitingShare, meanWaitingSeconds,
                yearlyVolume, yearlyCost, yearlyValueOfShrinking, automationScore);
    }

    /** The application where runs spend the most time. */
    public Optional<StepTime> slowestStep() {
        return stepTimes.stream().findFirst();
    }

    /** Durations of the runs of one agent or team. */
    public record GroupDurations(String group, int instances, double medianSeconds, double p90Seconds) {
        public GroupDurations {
            requireNonNull(group, "group is null");
        }
    }

    /** One order of applications and how often it occurred. */
    public record Variant(List<String> applications, int count, double share) {
        public Variant {
            applications = List.copyOf(requireNonNull(applications, "applications is null"));
        }

        public String label() {
            return applications.isEmpty() ? "(no focus events)" : String.join(" > ", applications);
        }
    }

    /** Mean seconds per run spent in one application, and its share of the process time. */
    public record StepTime(String application, double meanSeconds, double share) {
        public StepTime {
            requireNonNull(application, "application is null");
        }
    }
}
