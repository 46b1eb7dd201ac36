package io.touchpoint.simulator;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the simulator planted, so that tests and the demo can check an analysis against it.
 * Written as {@code ground-truth.json} by {@link SimulationWriter} and read back with
 * {@link #read(Path)}.
 *
 * <p>Interaction ids are the ids a connector gives the interaction: {@code call-000123},
 * {@code chat-000123}, {@code sms-000123}, {@code web-000123} in {@code interactions.ndjson},
 * {@code email:e-000123.1@mail.sim.touchpoint.example} for an e-mail thread and
 * {@code social:<root tweet id>} for a social thread.
 *
 * <p>Pattern names used in {@link #interactionsByPattern()} (each maps to the interaction ids that
 * carry the pattern; every name is present, possibly with an empty set):
 * <ul>
 *   <li>{@value #EARLY_TRANSFER}: call transferred within 10 s of its start (see {@link #earlyTransferAgents()}).</li>
 *   <li>{@value #CHURN_THREAT}: the customer threatens to cancel or switch provider;
 *       {@value #CHURN_THREAT_NEGATIVE}: "cancel" used harmlessly ("cancel that last order"), not a threat.</li>
 *   <li>{@value #RETENTION_OFFER}, {@value #RETENTION_OFFER_ACCEPTED}, {@value #RETENTION_OFFER_DECLINED}:
 *       the agent made a retention offer and whether the customer took it.</li>
 *   <li>{@value #COLLECTIONS_LEGAL_MENTION}: on a collections call the customer says bankruptcy, attorney or
 *       lawyer; {@value #COLLECTIONS_LEGAL_HANDLED}: the agent then stopped collecting;
 *       {@value #COLLECTIONS_LEGAL_VIOLATION}: the agent kept asking for payment (a compliance violation);
 *       {@value #COLLECTIONS_LEGAL_NEGATIVE}: the words occur harmlessly ("my lawyer friend said..."),
 *       which must not count.</li>
 *   <li>{@value #RECORDING_DISCLOSURE_MISSING}: a call without "this call may be recorded";
 *       {@value #MINI_MIRANDA_MISSING}: a collections call without the mini-Miranda.</li>
 *   <li>{@value #ANGRY_CUSTOMER}, {@value #ESCALATION_REQUEST} ("let me speak to a manager"), {@value #PRAISE}.</li>
 *   <li>{@value #REPEAT_CONTACT}: the second contact of a pair in {@link #repeatContacts()}.</li>
 *   <li>{@value #OUTAGE_SPIKE}: the outage contacts of the spike region on the spike days ({@link #outageSpike()}).</li>
 *   <li>{@value #PII}: interactions with at least one customer item in {@link #pii()} (agents' and customers'
 *       names said in greetings are in {@link #pii()} too); {@value #PII_DECOY}: with a decoy in {@link #piiDecoys()}.</li>
 *   <li>{@value #CHURN_SIGNAL}: interactions of a planted churner before the churn date that carry a signal.</li>
 *   <li>{@value #SALE_WON}, {@value #SALE_LOST}: sales conversations by outcome; {@value #SALES_SEQUENCE}: the
 *       agent asked a discovery question, then said a bridge phrase, then offered a bundle ({@link #salesPhrases()}).</li>
 *   <li>{@value #HOLD}: a call with a hold; {@value #LONG_SILENCE}: a call with a silence of 10 s or more that is not a hold.</li>
 *   <li>{@value #NOISE}: interactions that carry none of the patterns above other than the everyday texture
 *       {@value #PII}, {@value #PII_DECOY}, {@value #HOLD} and {@value #LONG_SILENCE}.</li>
 * </ul>
 *
 * <p>Agent behaviours ({@link #behaviours()}, for voice and chat): the names present in each interaction
 * among {@value #BEHAVIOUR_GREETING}, {@value #BEHAVIOUR_RECORDING_DISCLOSURE} (voice),
 * {@value #BEHAVIOUR_MINI_MIRANDA} (collections), {@value #BEHAVIOUR_IDENTITY_VERIFICATION},
 * {@value #BEHAVIOUR_EMPATHY}, {@value #BEHAVIOUR_HOLD} (a hold happened), {@value #BEHAVIOUR_HOLD_ETIQUETTE}
 * (asked "may I place you on hold" and thanked for holding), {@value #BEHAVIOUR_OWNERSHIP},
 * {@value #BEHAVIOUR_CLOSING}, {@value #BEHAVIOUR_UPSELL_ATTEMPT}.
 *
 * @param reasonByInteraction the primary contact reason of every interaction (see {@link ContactReason})
 * @param customerByInteraction the CRM customer id of every interaction
 * @param phrases the planted phrases with turn index and character span, tagged with their pattern
 * @param churners the planted churners (churned with signals before leaving)
 * @param unsignalledChurners customers who churned without any planted signal (background churn)
 * @param churnSignals per planted churner, the kinds of signal planted (billing_spike, outage, complaint,
 *        churn_threat, angry, repeat_contact)
 * @param processInstances every desktop process_start/process_end pair, with the interaction it belongs to
 * @param behaviours per voice or chat interaction, the agent behaviours present
 */
public record GroundTruth(
        long seed,
        int interactionCount,
        LocalDate startDate,
        int days,
        Map<String, String> reasonByInteraction,
        Map<String, String> customerByInteraction,
        Map<String, Set<String>> interactionsByPattern,
        List<PlantedPhrase> phrases,
        List<PiiItem> pii,
        List<PiiDecoy> piiDecoys,
        Set<String> churners,
        Set<String> unsignalledChurners,
        Map<String, List<String>> churnSignals,
        Set<String> earlyTransferAgents,
        OutageSpike outageSpike,
        List<RepeatContact> repeatContacts,
        CostModel costModel,
        List<ProcessStats> processes,
        List<ProcessInstance> processInstances,
        Map<String, Set<String>> behaviours,
        SalesPhrases salesPhrases) {

    public static final String EARLY_TRANSFER = "early_transfer";
    public static final String CHURN_THREAT = "churn_threat";
    public static final String CHURN_THREAT_NEGATIVE = "churn_threat_negative";
    public static final String RETENTION_OFFER = "retention_offer";
    public static final String RETENTION_OFFER_ACCEPTED = "retention_offer_accepted";
    public static final String RETENTION_OFFER_DECLINED = "retention_offer_declined";
    public static final String COLLECTIONS_LEGAL_MENTION = "collections_legal_mention";
    public static final String COLLECTIONS_LEGAL_HANDLED = "collections_legal_handled";
    public static final String COLLECTIONS_LEGAL_VIOLATION = "collections_legal_violation";
    public static final String COLLECTIONS_LEGAL_NEGATIVE = "collections_legal_negative";
    public static final String RECORDING_DISCLOSURE_MISSING = "recording_disclosure_missing";
    public static final String MINI_MIRANDA_MISSING = "mini_miranda_missing";
    public static final String ANGRY_CUSTOMER = "angry_customer";
    public static final String ESCALATION_REQUEST = "escalation_request";
    public static final String PRAISE = "praise";
    public static final String REPEAT_CONTACT = "repeat_contact";
    public static final String OUTAGE_SPIKE = "outage_spike";
    public static final String PII = "pii";
    public static final String PII_DECOY = "pii_decoy";
    public static final String CHURN_SIGNAL = "churn_signal";
    public static final String SALE_WON = "sale_won";
    public static final String SALE_LOST = "sale_lost";
    public static final String SALES_SEQUENCE = "sales_sequence";
    public static final String HOLD = "hold";
    public static final String LONG_SILENCE = "long_silence";
    public static final String NOISE = "noise";

    /** Every pattern name, in documentation order. */
    public static final List<String> PATTERNS = List.of(EARLY_TRANSFER, CHURN_THREAT, CHURN_THREAT_NEGATIVE,
            RETENTION_OFFER, RETENTION_OFFER_ACCEPTED, RETENTION_OFFER_DECLINED, COLLECTIONS_LEGAL_MENTION,
            COLLECTIONS_LEGAL_HANDLED, COLLECTIONS_LEGAL_VIOLATION, COLLECTIONS_LEGAL_NEGATIVE,
            RECORDING_DISCLOSURE_MISSING, MINI_MIRANDA_MISSING, ANGRY_CUSTOMER, ESCALATION_REQUEST, PRAISE,
            REPEAT_CONTACT, OUTAGE_SPIKE, PII, PII_DECOY, CHURN_SIGNAL, SALE_WON, SALE_LOST, SALES_SEQUENCE, HOLD,
            LONG_SILENCE, NOISE);

    /** Patterns that describe everyday texture rather than a planted event; they do not exclude {@value #NOISE}. */
    public static final Set<String> TEXTURE_PATTERNS = Set.of(PII, PII_DECOY, HOLD, LONG_SILENCE);

    public static final String BEHAVIOUR_GREETING = "greeting";
    public static final String BEHAVIOUR_RECORDING_DISCLOSURE = "recording_disclosure";
    public static final String BEHAVIOUR_MINI_MIRANDA = "mini_miranda";
    public static final String BEHAVIOUR_IDENTITY_VERIFICATION = "identity_verification";
    public static final String BEHAVIOUR_EMPATHY = "empathy";
    public static final String BEHAVIOUR_HOLD = "hold";
    public static final String BEHAVIOUR_HOLD_ETIQUETTE = "hold_etiquette";
    public static final String BEHAVIOUR_OWNERSHIP = "ownership";
    public static final String BEHAVIOUR_CLOSING = "closing";
    public static final String BEHAVIOUR_UPSELL_ATTEMPT = "upsell_attempt";

    public static final List<String> BEHAVIOURS = List.of(BEHAVIOUR_GREETING, BEHAVIOUR_RECORDING_DISCLOSURE,
            BEHAVIOUR_MINI_MIRANDA, BEHAVIOUR_IDENTITY_VERIFICATION, BEHAVIOUR_EMPATHY, BEHAVIOUR_HOLD,
            BEHAVIOUR_HOLD_ETIQUETTE, BEHAVIOUR_OWNERSHIP, BEHAVIOUR_CLOSING, BEHAVIOUR_UPSELL_ATTEMPT);

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    public GroundTruth {
        requireNonNull(startDate, "startDate is null");
        reasonByInteraction = sortedMap(requireNonNull(reasonByInteraction, "reasonByInteraction is null"));
        customerByInteraction = sortedMap(requireNonNull(customerByInteraction, "customerByInteraction is null"));
        requireNonNull(interactionsByPattern, "interactionsByPattern is null");
        TreeMap<String, Set<String>> patterns = new TreeMap<>();
        interactionsByPattern.forEach((name, ids) -> patterns.put(name, sortedSet(ids)));
        interactionsByPattern = Collections.unmodifiableSortedMap(patterns);
        phrases = List.copyOf(requireNonNull(phrases, "phrases is null"));
        pii = List.copyOf(requireNonNull(pii, "pii is null"));
        piiDecoys = List.copyOf(requireNonNull(piiDecoys, "piiDecoys is null"));
        churners = sortedSet(requireNonNull(churners, "churners is null"));
        unsignalledChurners = sortedSet(requireNonNull(unsignalledChurners, "unsignalledChurners is null"));
        requireNonNull(churnSignals, "churnSignals is null");
        TreeMap<String, List<String>> signals = new TreeMap<>();
        churnSignals.forEach((customer, kinds) -> signals.put(customer, List.copyOf(kinds)));
        churnSignals = Collections.unmodifiableSortedMap(signals);
        earlyTransferAgents = sortedSet(requireNonNull(earlyTransferAgents, "earlyTransferAgents is null"));
        requireNonNull(outageSpike, "outageSpike is null");
        repeatContacts = List.copyOf(requireNonNull(repeatContacts, "repeatContacts is null"));
        requireNonNull(costModel, "costModel is null");
        processes = List.copyOf(requireNonNull(processes, "processes is null"));
        processInstances = List.copyOf(requireNonNull(processInstances, "processInstances is null"));
        requireNonNull(behaviours, "behaviours is null");
        TreeMap<String, Set<String>> behaviourMap = new TreeMap<>();
        behaviours.forEach((id, names) -> behaviourMap.put(id, sortedSet(names)));
        behaviours = Collections.unmodifiableSortedMap(behaviourMap);
        requireNonNull(salesPhrases, "salesPhrases is null");
    }

    /** The interactions that carry a pattern; empty for a pattern with no interaction. */
    public Set<String> interactions(String pattern) {
        requireNonNull(pattern, "pattern is null");
        if (!PATTERNS.contains(pattern)) {
            throw new IllegalArgumentException("unknown pattern '" + pattern + "' (expected one of " + PATTERNS + ")");
        }
        return interactionsByPattern.getOrDefault(pattern, Set.of());
    }

    /** The planted phrases of one pattern. */
    public List<PlantedPhrase> phrases(String pattern) {
        return phrases.stream().filter(phrase -> phrase.pattern().equals(pattern)).toList();
    }

    /** Reads a file written by {@link #write(Path)}. */
    public static GroundTruth read(Path file) throws IOException {
        requireNonNull(file, "file is null");
        return MAPPER.readValue(file.toFile(), GroundTruth.class);
    }

    /** Writes pretty-printed JSON with sorted keys, so that equal truths give identical bytes. */
    public void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            MAPPER.writeValue(out, this);
        }
    }

    private static Set<String> sortedSet(Set<String> values) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(requireNonNull(values, "set is null")));
    }

    private static <V> Map<String, V> sortedMap(Map<String, V> values) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    /** Kinds of personal data planted in turn text. */
    public enum PiiType { CARD, SSN, PHONE, EMAIL, DOB, ADDRESS, NAME }

    /** Kinds of text that look like personal data but are not. */
    public enum DecoyType { ORDER_ID, AMOUNT, TIMESTAMP, CASE_NUMBER, PET_NAME }

    /**
     * One planted piece of personal data: {@code text} equals the turn's text from {@code start} (inclusive)
     * to {@code end} (exclusive).
     *
     * @param speaker {@code customer} or {@code agent}
     * @param spoken whether it is written out as spoken words ("four one one one ...")
     */
    public record PiiItem(String interactionId, int turnIndex, String speaker, PiiType type, int start, int end,
                          String text, boolean spoken) {
        public PiiItem {
            requireNonNull(interactionId, "interactionId is null");
            requireNonNull(speaker, "speaker is null");
            requireNonNull(type, "type is null");
            requireNonNull(text, "text is null");
            checkSpan(turnIndex, start, end, text);
        }
    }

    /** A planted look-alike that is not personal data; same span convention as {@link PiiItem}. */
    public record PiiDecoy(String interactionId, int turnIndex, DecoyType type, int start, int end, String text) {
        public PiiDecoy {
            requireNonNull(interactionId, "interactionId is null");
            requireNonNull(type, "type is null");
            requireNonNull(text, "text is null");
            checkSpan(turnIndex, start, end, text);
        }
    }

    /** A planted phrase of a pattern; same span convention as {@link PiiItem}. */
    public record PlantedPhrase(String pattern, String interactionId, int turnIndex, int start, int end, String text) {
        public PlantedPhrase {
            requireNonNull(pattern, "pattern is null");
            requireNonNull(interactionId, "interactionId is null");
            requireNonNull(text, "text is null");
            checkSpan(turnIndex, start, end, text);
        }
    }

    /**
     * The outage spike: on each of {@code days}, outage contacts from customers of {@code region} were
     * multiplied by {@code multiplier} (interaction attribute {@code region} on the canonical channels).
     */
    public record OutageSpike(String region, List<LocalDate> days, double multiplier) {
        public OutageSpike {
            requireNonNull(region, "region is null");
            days = List.copyOf(requireNonNull(days, "days is null"));
        }
    }

    /**
     * The same customer contacted again within 7 days for the same reason. {@code planted} is false for
     * pairs that arose by chance from independent contacts; they are just as real.
     */
    public record RepeatContact(String customerId, String reason, String firstInteractionId,
                                String repeatInteractionId, double hoursBetween, boolean planted) {
        public RepeatContact {
            requireNonNull(customerId, "customerId is null");
            requireNonNull(reason, "reason is null");
            requireNonNull(firstInteractionId, "firstInteractionId is null");
            requireNonNull(repeatInteractionId, "repeatInteractionId is null");
        }
    }

    /**
     * How process time is valued: {@code costPerAgentMinute} per agent minute; a process's yearly volume is
     * its volume over the simulated days times {@code annualisationFactor} (365 / days).
     */
    public record CostModel(double costPerAgentMinute, String currency, int secondsSaved, double annualisationFactor,
                            String description) {
        public CostModel {
            requireNonNull(currency, "currency is null");
            requireNonNull(description, "description is null");
        }
    }

    /**
     * One desktop process over the period.
     *
     * @param applications the applications focused during the process, most used first
     * @param yearlyValueOfSaving yearly value of shrinking each occurrence by the cost model's seconds:
     *        annualVolume x secondsSaved / 60 x costPerAgentMinute
     */
    public record ProcessStats(String process, int count, double medianSeconds, double meanSeconds,
                               List<String> applications, double annualVolume, double yearlyValueOfSaving) {
        public ProcessStats {
            requireNonNull(process, "process is null");
            applications = List.copyOf(requireNonNull(applications, "applications is null"));
        }
    }

    /** One process_start/process_end pair on an agent's desktop. */
    public record ProcessInstance(String process, String interactionId, String agentId, Instant start, Instant end,
                                  List<String> applications) {
        public ProcessInstance {
            requireNonNull(process, "process is null");
            requireNonNull(interactionId, "interactionId is null");
            requireNonNull(agentId, "agentId is null");
            requireNonNull(start, "start is null");
            requireNonNull(end, "end is null");
            applications = List.copyOf(requireNonNull(applications, "applications is null"));
        }

        public double seconds() {
            return (end.toEpochMilli() - start.toEpochMilli()) / 1000.0;
        }
    }

    /** The phrase families that separate won from lost sales conversations. */
    public record SalesPhrases(List<String> discoveryQuestions, List<String> bridgePhrases, List<String> bundleOffers,
                               List<String> lostObjections) {
        public SalesPhrases {
            discoveryQuestions = List.copyOf(requireNonNull(discoveryQuestions, "discoveryQuestions is null"));
            bridgePhrases = List.copyOf(requireNonNull(bridgePhrases, "bridgePhrases is null"));
            bundleOffers = List.copyOf(requireNonNull(bundleOffers, "bundleOffers is null"));
            lostObjections = List.copyOf(requireNonNull(lostObjections, "lostObjections is null"));
        }
    }

    private static void checkSpan(int turnIndex, int start, int end, String text) {
        if (turnIndex < 0) {
            throw new IllegalArgumentException("turnIndex is negative: " + turnIndex);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span " + start + ".." + end + " is not a valid character range");
        }
        if (end - start != text.length()) {
            throw new IllegalArgumentException("span " + start + ".." + end + " does not match text length "
                    + text.length());
        }
    }
}
