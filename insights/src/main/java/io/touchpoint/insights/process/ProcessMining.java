package io.touchpoint.insights.process;

import static java.util.Objects.requireNonNull;

import io.touchpoint.insights.process.ProcessReport.ApplicationTime;
import io.touchpoint.insights.process.ProcessSummary.GroupDurations;
import io.touchpoint.insights.process.ProcessSummary.StepTime;
import io.touchpoint.insights.process.ProcessSummary.Variant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns aligned desktop activity into a ranked list of processes with their durations, variants, slowest
 * step, customer waiting and money.
 *
 * <p>Automation score = yearly cost x systems factor x agents factor x waiting factor, where
 * <ul>
 *   <li>yearly cost = yearly volume x mean seconds x cost per second (what the process costs now);</li>
 *   <li>systems factor = 1 + 0.25 x (mean distinct applications per run - 1): every extra system to copy
 *       data between is re-keying a robot or an integration removes;</li>
 *   <li>agents factor = 0.5 + 0.5 x (agents who ran it / agents who ran any process): a process every agent
 *       repeats is a standard procedure, one agent's habit is not;</li>
 *   <li>waiting factor = 1 + waiting share (runs during which the customer mostly sat in silence, see
 *       {@link MiningSettings}): time the customer spends waiting also costs experience.</li>
 * </ul>
 *
 * <pre>{@code
 * ProcessReport report = ProcessMining.mine(dataset, AlignmentSettings.defaults(), MiningSettings.defaults());
 * ProcessSummary top = report.processes().getFirst();
 * }</pre>
 */
public final class ProcessMining {

    private ProcessMining() {
    }

    public static ProcessReport mine(DesktopDataset dataset, AlignmentSettings alignment, MiningSettings settings) {
        requireNonNull(dataset, "dataset is null");
        requireNonNull(settings, "settings is null");
        AlignmentResult aligned = new DesktopAlignment(alignment).align(dataset.events(), dataset.windows());
        return mine(aligned, dataset, settings);
    }

    /** Mining over an alignment already made; {@code dataset} gives silences, teams and the period. */
    public static ProcessReport mine(AlignmentResult aligned, DesktopDataset dataset, MiningSettings settings) {
        requireNonNull(aligned, "aligned is null");
        requireNonNull(dataset, "dataset is null");
        requireNonNull(settings, "settings is null");
        double annualisation = 365.0 / dataset.observedDays();
        Map<String, List<ProcessInstance>> byProcess = new TreeMap<>();
        aligned.processes().forEach(instance -> byProcess.computeIfAbsent(instance.process(), key -> new ArrayList<>()).add(instance));
        long agentsWithProcesses = aligned.processes().stream().map(ProcessInstance::agentId).distinct().count();

        List<ProcessSummary> unranked = new ArrayList<>();
        byProcess.forEach((name, instances) -> unranked.add(summarise(name, instances, dataset, settings, annualisation,
                agentsWithProcesses, 0)));
        List<ProcessSummary> sorted = unranked.stream()
                .sorted(Comparator.comparingDouble(ProcessSummary::automationScore).reversed()
                        .thenComparing(ProcessSummary::process))
                .toList();
        List<ProcessSummary> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ranked.add(sorted.get(i).withRank(i + 1));
        }

        Map<String, Long> millisByApplication = new HashMap<>();
        long switches = 0;
        long systems = 0;
        int withDesktop = 0;
        for (InteractionDesktop desktop : aligned.interactions().values()) {
            withDesktop++;
            desktop.millisByApplication().forEach((application, millis) -> millisByApplication.merge(application, millis, Long::sum));
            switches += desktop.applicationSwitches();
            systems += desktop.distinctSystems();
        }
        long totalMillis = millisByApplication.values().stream().mapToLong(Long::longValue).sum();
        List<ApplicationTime> applications = millisByApplication.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> new ApplicationTime(entry.getKey(), entry.getValue() / 3_600_000.0,
                        totalMillis == 0 ? 0 : entry.getValue() / (double) totalMillis))
                .toList();
        return new ProcessReport(ranked, dataset.observedDays(), settings.cost(), settings.shrinkSeconds(), withDesktop,
                applications, withDesktop == 0 ? 0 : switches / (double) withDesktop,
                withDesktop == 0 ? 0 : systems / (double) withDesktop, aligned.unalignedEvents(), aligned.unpairedEnds(),
                (int) aligned.openEndedProcesses());
    }

    private static ProcessSummary summarise(String name, List<ProcessInstance> instances, DesktopDataset dataset,
                                            MiningSettings settings, double annualisation, long agentsWithProcesses,
                                            int rank) {
        List<ProcessInstance> closed = instances.stream().filter(instance -> !instance.openEnded()).toList();
        // Open-ended runs only bound their duration from above; use them only when nothing else exists.
        List<ProcessInstance> timed = closed.isEmpty() ? instances : closed;
        double[] seconds = sortedSeconds(timed);
        double mean = Arrays.stream(seconds).average().orElse(0);

        Set<String> agents = new HashSet<>();
        instances.forEach(instance -> agents.add(instance.agentId()));
        List<GroupDurations> byAgent = groups(timed, ProcessInstance::agentId);
        List<GroupDurations> byTeam = groups(timed, instance -> dataset.teamByAgent().getOrDefault(instance.agentId(), "(unknown)"));

        Map<List<String>, Integer> variantCounts = new HashMap<>();
        instances.forEach(instance -> variantCounts.merge(instance.variant(), 1, Integer::sum));
        List<Variant> variants = variantCounts.entrySet().stream()
                .sorted(Map.Entry.<List<String>, Integer>comparingByValue().reversed()
                        .thenComparing(entry -> String.join(">", entry.getKey())))
                .map(entry -> new Variant(entry.getKey(), entry.getValue(), entry.getValue() / (double) instances.size()))
                .toList();

        Map<String, Long> stepMillis = new LinkedHashMap<>();
        timed.forEach(instance -> instance.steps().forEach(step -> stepMillis.merge(step.application(), step.millis(), Long::sum)));
        long stepTotal = stepMillis.values().stream().mapToLong(Long::longValue).sum();
        List<StepTime> stepTimes = stepMillis.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> new StepTime(entry.getKey(), entry.getValue() / 1000.0 / timed.size(),
                        stepTotal == 0 ? 0 : entry.getValue() / (double) stepTotal))
                .toList();
        Map<String, Integer> systemUse = new HashMap<>();
        instances.forEach(instance -> instance.systems().forEach(system -> systemUse.merge(system, 1, Integer::sum)));
        List<String> systems = systemUse.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        double meanSystems = instances.stream().mapToInt(instance -> instance.systems().size()).average().orElse(0);

        long waitThreshold = settings.waitThreshold().toMillis();
        int waited = 0;
        long waitedMillis = 0;
        for (ProcessInstance instance : instances) {
            long overlap = waitingMillis(instance, dataset);
            waitedMillis += overlap;
            if (overlap >= waitThreshold && overlap >= settings.waitFraction() * instance.millis()) {
                waited++;
            }
        }
        double waitingShare = waited / (double) instances.size();

        double yearlyVolume = instances.size() * annualisation;
        CostModel cost = settings.cost();
        double yearlyCost = yearlyVolume * cost.valueOfSeconds(mean);
        double valueOfShrinking = yearlyVolume * cost.valueOfSeconds(settings.shrinkSeconds());
        double systemsFactor = 1 + 0.25 * Math.max(0, meanSystems - 1);
        double agentsFactor = 0.5 + 0.5 * (agentsWithProcesses == 0 ? 0 : agents.size() / (double) agentsWithProcesses);
        double score = yearlyCost * systemsFactor * agentsFactor * (1 + waitingShare);

        return new ProcessSummary(name, rank, instances.size(), instances.size() - closed.size(), percentile(seconds, 0.5),
                percentile(seconds, 0.9), mean, agents.size(), byAgent, byTeam, variants, stepTimes, systems, meanSystems,
                waitingShare, waitedMillis / 1000.0 / instances.size(), yearlyVolume, yearlyCost, valueOfShrinking, score);
    }

    private static long waitingMillis(ProcessInstance instance, DesktopDataset dataset) {
        if (instance.interactionId() == null) {
            return 0;
        }
        long total = 0;
        for (SilentSpan span : dataset.silences().getOrDefault(instance.interactionId(), List.of())) {
            total += span.overlapMillis(instance.start(), instance.end());
        }
        return total;
    }

    private static List<GroupDurations> groups(List<ProcessInstance> instances, Function<ProcessInstance, String> key) {
        Map<String, List<ProcessInstance>> grouped = new TreeMap<>();
        instances.forEach(instance -> grouped.computeIfAbsent(key.apply(instance), k -> new ArrayList<>()).add(instance));
        List<GroupDurations> groups = new ArrayList<>();
        grouped.forEach((group, members) -> {
            double[] seconds = sortedSeconds(members);
            groups.add(new GroupDurations(group, members.size(), percentile(seconds, 0.5), percentile(seconds, 0.9)));
        });
        groups.sort(Comparator.comparingDouble(GroupDurations::medianSeconds).reversed().thenComparing(GroupDurations::group));
        return groups;
    }

    private static double[] sortedSeconds(List<ProcessInstance> instances) {
        return instances.stream().mapToDouble(ProcessInstance::seconds).sorted().toArray();
    }

    /** Linear interpolation between closest ranks; the median of an even count is the mean of the middle two. */
    static double percentile(double[] sorted, double fraction) {
        if (sorted.length == 0) {
            return 0;
        }
        double position = fraction * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
    }
}
