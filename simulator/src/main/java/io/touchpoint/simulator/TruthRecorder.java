package io.touchpoint.simulator;

import io.touchpoint.core.model.Interaction;
import io.touchpoint.simulator.GroundTruth.CostModel;
import io.touchpoint.simulator.GroundTruth.DecoyType;
import io.touchpoint.simulator.GroundTruth.PiiDecoy;
import io.touchpoint.simulator.GroundTruth.PiiItem;
import io.touchpoint.simulator.GroundTruth.PiiType;
import io.touchpoint.simulator.GroundTruth.PlantedPhrase;
import io.touchpoint.simulator.GroundTruth.ProcessInstance;
import io.touchpoint.simulator.GroundTruth.ProcessStats;
import io.touchpoint.simulator.GroundTruth.RepeatContact;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Collects the ground truth while interactions are generated, and derives the rest once all exist. */
final class TruthRecorder {

    static final double COST_PER_AGENT_MINUTE = 1.00;
    static final int SECONDS_SAVED = 60;

    private final SimulationConfig config;
    private final Map<String, String> reasons = new HashMap<>();
    private final Map<String, String> customers = new HashMap<>();
    private final Map<String, Set<String>> patterns = new TreeMap<>();
    private final List<PlantedPhrase> phrases = new ArrayList<>();
    private final List<PiiItem> pii = new ArrayList<>();
    private final List<PiiDecoy> decoys = new ArrayList<>();
    private final Map<String, Set<String>> behaviours = new HashMap<>();
    private final List<ProcessInstance> processes = new ArrayList<>();
    private final Map<String, Set<String>> churnSignals = new TreeMap<>();
    private final List<Contact> contacts = new ArrayList<>();

    /** What repeat-contact detection needs of each interaction. */
    private record Contact(String id, String customer, String reason, long startSeconds, boolean inbound, Plan plan) {
    }

    TruthRecorder(SimulationConfig config) {
        this.config = config;
        for (String pattern : GroundTruth.PATTERNS) {
            patterns.put(pattern, new TreeSet<>());
        }
    }

    void record(Plan plan, Script script, Timeline.Rendered rendered, Interaction interaction) {
        String id = interaction.id();
        reasons.put(id, plan.reason.wireName());
        customers.put(id, plan.customer.id);
        contacts.add(new Contact(id, plan.customer.id, plan.reason.wireName(), interaction.startedAt().getEpochSecond(),
                plan.reason != ContactReason.COLLECTIONS, plan));
        script.patterns.forEach(pattern -> patterns.get(pattern).add(id));
        rendered.patterns().forEach(pattern -> patterns.get(pattern).add(id));
        if (plan.outageSpike) {
            patterns.get(GroundTruth.OUTAGE_SPIKE).add(id);
        }
        if (plan.live()) {
            Set<String> present = new LinkedHashSet<>(script.behaviours);
            behaviours.put(id, present);
        }
        for (int turn = 0; turn < script.lines.size(); turn++) {
            String speaker = script.lines.get(turn).speaker.wireName();
            for (Mark mark : script.lines.get(turn).text.marks()) {
                switch (mark.kind()) {
                    case PII -> {
                        pii.add(new PiiItem(id, turn, speaker, PiiType.valueOf(mark.label()), mark.start(), mark.end(),
                                mark.text(), mark.spoken()));
                        if (speaker.equals("customer")) {
                            patterns.get(GroundTruth.PII).add(id);
                        }
                    }
                    case DECOY -> {
                        decoys.add(new PiiDecoy(id, turn, DecoyType.valueOf(mark.label()), mark.start(), mark.end(),
                                mark.text()));
                        patterns.get(GroundTruth.PII_DECOY).add(id);
                    }
                    case PHRASE -> phrases.add(new PlantedPhrase(mark.label(), id, turn, mark.start(), mark.end(),
                            mark.text()));
                }
            }
        }
        if (plan.churnSignal != Plan.ChurnSignal.NONE) {
            patterns.get(GroundTruth.CHURN_SIGNAL).add(id);
            Set<String> kinds = churnSignals.computeIfAbsent(plan.customer.id, key -> new TreeSet<>());
            switch (plan.churnSignal) {
                case BILLING_SPIKE -> kinds.add("billing_spike");
                case OUTAGE -> kinds.add("outage");
                case COMPLAINT -> kinds.add("complaint");
                default -> kinds.add(plan.reason == ContactReason.CANCELLATION ? "cancellation_request" : "complaint");
            }
            if (script.patterns.contains(GroundTruth.CHURN_THREAT)) {
                kinds.add("churn_threat");
            }
            if (script.patterns.contains(GroundTruth.ANGRY_CUSTOMER)) {
                kinds.add("angry");
            }
        }
    }

    void recordProcess(ProcessInstance instance) {
        processes.add(instance);
    }

    GroundTruth build(List<SimulatedCustomer> allCustomers, List<String> earlyTransferAgents,
                      GroundTruth.OutageSpike spike) {
        List<RepeatContact> repeats = repeatContacts();
        repeats.forEach(repeat -> patterns.get(GroundTruth.REPEAT_CONTACT).add(repeat.repeatInteractionId()));
        Set<String> churners = new TreeSet<>();
        Set<String> unsignalled = new TreeSet<>();
        for (SimulatedCustomer customer : allCustomers) {
            if (customer.churnDate == null) {
                continue;
            }
            if (customer.plantedChurner) {
                churners.add(customer.id);
                if (customer.billingSpike != null) {
                    churnSignals.computeIfAbsent(customer.id, key -> new TreeSet<>()).add("billing_spike");
                }
            } else {
                unsignalled.add(customer.id);
            }
        }
        Set<String> repeatIds = patterns.get(GroundTruth.REPEAT_CONTACT);
        for (Contact contact : contacts) {
            if (contact.plan.churnSignal != Plan.ChurnSignal.NONE && repeatIds.contains(contact.id)) {
                churnSignals.get(contact.customer).add("repeat_contact");
            }
        }
        // Noise: interactions that carry no planted event (PII, decoys, holds and silences are everyday texture).
        Set<String> patterned = new TreeSet<>();
        patterns.forEach((name, ids) -> {
            if (!name.equals(GroundTruth.NOISE) && !GroundTruth.TEXTURE_PATTERNS.contains(name)) {
                patterned.addAll(ids);
            }
        });
        for (Contact contact : contacts) {
            if (!patterned.contains(contact.id)) {
                patterns.get(GroundTruth.NOISE).add(contact.id);
            }
        }
        Map<String, List<String>> signals = new LinkedHashMap<>();
        churnSignals.forEach((customer, kinds) -> {
            if (churners.contains(customer)) {
                signals.put(customer, List.copyOf(kinds));
            }
        });
        double annualisation = 365.0 / config.days();
        CostModel cost = new CostModel(COST_PER_AGENT_MINUTE, "USD", SECONDS_SAVED, annualisation, String.format(
                Locale.ROOT, "%.2f USD per agent minute; yearly volume = volume over the %d simulated days x 365/%d; "
                        + "yearly value of saving %d s per occurrence = yearly volume x %d/60 x %.2f",
                COST_PER_AGENT_MINUTE, config.days(), config.days(), SECONDS_SAVED, SECONDS_SAVED,
                COST_PER_AGENT_MINUTE));
        return new GroundTruth(config.seed(), contacts.size(), config.startDate(), config.days(), reasons, customers,
                patterns, sortedPhrases(), sortedPii(), sortedDecoys(), churners, unsignalled, signals,
                new TreeSet<>(earlyTransferAgents), spike, repeats, cost, processStats(annualisation),
                sortedProcesses(), behaviours, new GroundTruth.SalesPhrases(Phrasebook.DISCOVERY_QUESTIONS,
                        Phrasebook.BRIDGE_PHRASES, Phrasebook.BUNDLE_OFFERS, Phrasebook.LOST_OBJECTIONS));
    }

    /**
     * Every inbound contact that follows an earlier inbound contact of the same customer for the same reason
     * within 7 days, paired with the most recent such contact. Computed from the data, so chance repeats count.
     */
    private List<RepeatContact> repeatContacts() {
        Map<String, List<Contact>> byCustomer = new TreeMap<>();
        for (Contact contact : contacts) {
            if (contact.inbound) {
                byCustomer.computeIfAbsent(contact.customer, key -> new ArrayList<>()).add(contact);
            }
        }
        long window = Duration.ofDays(7).toSeconds();
        List<RepeatContact> repeats = new ArrayList<>();
        for (List<Contact> list : byCustomer.values()) {
            list.sort(Comparator.comparingLong(Contact::startSeconds).thenComparing(Contact::id));
            for (int i = 1; i < list.size(); i++) {
                Contact later = list.get(i);
                for (int j = i - 1; j >= 0; j--) {
                    Contact earlier = list.get(j);
                    long gap = later.startSeconds - earlier.startSeconds;
                    if (gap > window) {
                        break;
                    }
                    if (earlier.reason.equals(later.reason) && gap > 0) {
                        boolean planted = later.plan.followUpOf == earlier.plan;
                        repeats.add(new RepeatContact(later.customer, later.reason, earlier.id, later.id,
                                Math.round(gap / 36.0) / 100.0, planted));
                        break;
                    }
                }
            }
        }
        repeats.sort(Comparator.comparing(RepeatContact::repeatInteractionId));
        return repeats;
    }

    private List<ProcessStats> processStats(double annualisation) {
        Map<String, List<ProcessInstance>> byName = new TreeMap<>();
        processes.forEach(instance -> byName.computeIfAbsent(instance.process(), key -> new ArrayList<>()).add(instance));
        List<ProcessStats> stats = new ArrayList<>();
        byName.forEach((name, instances) -> {
            double[] seconds = instances.stream().mapToDouble(ProcessInstance::seconds).sorted().toArray();
            double median = seconds.length % 2 == 1 ? seconds[seconds.length / 2]
                    : (seconds[seconds.length / 2 - 1] + seconds[seconds.length / 2]) / 2;
            double mean = java.util.Arrays.stream(seconds).average().orElse(0);
            double annualVolume = instances.size() * annualisation;
            double value = annualVolume * SECONDS_SAVED / 60.0 * COST_PER_AGENT_MINUTE;
            stats.add(new ProcessStats(name, instances.size(), round(median), round(mean),
                    instances.getFirst().applications(), round(annualVolume), round(value)));
        });
        return stats;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private List<PlantedPhrase> sortedPhrases() {
        return phrases.stream().sorted(Comparator.comparing(PlantedPhrase::interactionId)
                .thenComparingInt(PlantedPhrase::turnIndex).thenComparingInt(PlantedPhrase::start)
                .thenComparing(PlantedPhrase::pattern)).toList();
    }

    private List<PiiItem> sortedPii() {
        return pii.stream().sorted(Comparator.comparing(PiiItem::interactionId).thenComparingInt(PiiItem::turnIndex)
                .thenComparingInt(PiiItem::start)).toList();
    }

    private List<PiiDecoy> sortedDecoys() {
        return decoys.stream().sorted(Comparator.comparing(PiiDecoy::interactionId)
                .thenComparingInt(PiiDecoy::turnIndex).thenComparingInt(PiiDecoy::start)).toList();
    }

    private List<ProcessInstance> sortedProcesses() {
        return processes.stream().sorted(Comparator.comparing(ProcessInstance::start)
                .thenComparing(ProcessInstance::agentId)).toList();
    }
}
