package io.touchpoint.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Customer;
import io.touchpoint.core.model.DesktopEvent;
import io.touchpoint.core.model.DesktopEventType;
import io.touchpoint.core.model.Direction;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.simulator.GroundTruth.PiiDecoy;
import io.touchpoint.simulator.GroundTruth.PiiItem;
import io.touchpoint.simulator.GroundTruth.PiiType;
import io.touchpoint.simulator.GroundTruth.PlantedPhrase;
import io.touchpoint.simulator.GroundTruth.ProcessInstance;
import io.touchpoint.simulator.GroundTruth.ProcessStats;
import io.touchpoint.simulator.GroundTruth.RepeatContact;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every planted pattern of a 2,000-interaction run is present, plausible in number, and true to the data. */
class PlantedPatternsTest {

    private static final int SIZE = 2_000;
    private static SimulatedContactCenter center;
    private static GroundTruth truth;
    private static Map<String, Interaction> byId;

    @BeforeAll
    static void generate() {
        center = new ContactCenterSimulator(SimulationConfig.of(SIZE, 20260105L)).generate();
        truth = center.truth();
        byId = center.interactions().stream().collect(Collectors.toMap(Interaction::id, Function.identity()));
    }

    @Test
    void generatesTheConfiguredNumbersOfInteractionsCustomersAndAgents() {
        assertThat(center.interactions()).hasSize(SIZE);
        assertThat(byId).hasSize(SIZE);
        assertThat(center.customers()).hasSize(500);
        assertThat(center.agents()).hasSize(40);
        assertThat(truth.interactionCount()).isEqualTo(SIZE);
        assertThat(truth.reasonByInteraction()).hasSize(SIZE);
        assertThat(truth.customerByInteraction()).hasSize(SIZE);
    }

    @Test
    void channelMixIsCloseToTheTarget() {
        Map<Channel, Long> counts = center.interactions().stream()
                .collect(Collectors.groupingBy(Interaction::channel, () -> new EnumMap<>(Channel.class),
                        Collectors.counting()));
        Map<Channel, Double> target = Map.of(Channel.VOICE, 0.45, Channel.CHAT, 0.20, Channel.EMAIL, 0.12,
                Channel.SMS, 0.08, Channel.SOCIAL, 0.08, Channel.WEBFORM, 0.07);
        target.forEach((channel, share) -> assertThat(counts.get(channel) / (double) SIZE)
                .as(channel.wireName()).isCloseTo(share, org.assertj.core.data.Offset.offset(0.04)));
    }

    @Test
    void everyPatternIsPresentInPlausibleNumbers() {
        Map<String, int[]> expected = new HashMap<>();
        expected.put(GroundTruth.EARLY_TRANSFER, new int[] {8, 80});
        expected.put(GroundTruth.CHURN_THREAT, new int[] {80, 400});
        expected.put(GroundTruth.CHURN_THREAT_NEGATIVE, new int[] {15, 150});
        expected.put(GroundTruth.RETENTION_OFFER, new int[] {40, 300});
        expected.put(GroundTruth.RETENTION_OFFER_ACCEPTED, new int[] {10, 200});
        expected.put(GroundTruth.RETENTION_OFFER_DECLINED, new int[] {10, 200});
        expected.put(GroundTruth.COLLECTIONS_LEGAL_MENTION, new int[] {8, 60});
        expected.put(GroundTruth.COLLECTIONS_LEGAL_HANDLED, new int[] {4, 60});
        expected.put(GroundTruth.COLLECTIONS_LEGAL_VIOLATION, new int[] {1, 40});
        expected.put(GroundTruth.COLLECTIONS_LEGAL_NEGATIVE, new int[] {2, 40});
        expected.put(GroundTruth.RECORDING_DISCLOSURE_MISSING, new int[] {20, 120});
        expected.put(GroundTruth.MINI_MIRANDA_MISSING, new int[] {2, 30});
        expected.put(GroundTruth.ANGRY_CUSTOMER, new int[] {100, 500});
        expected.put(GroundTruth.ESCALATION_REQUEST, new int[] {30, 200});
        expected.put(GroundTruth.PRAISE, new int[] {20, 200});
        expected.put(GroundTruth.REPEAT_CONTACT, new int[] {100, 400});
        expected.put(GroundTruth.OUTAGE_SPIKE, new int[] {6, 60});
        expected.put(GroundTruth.PII, new int[] {600, SIZE});
        expected.put(GroundTruth.PII_DECOY, new int[] {400, SIZE});
        expected.put(GroundTruth.CHURN_SIGNAL, new int[] {40, 200});
        expected.put(GroundTruth.SALE_WON, new int[] {30, 200});
        expected.put(GroundTruth.SALE_LOST, new int[] {50, 300});
        expected.put(GroundTruth.SALES_SEQUENCE, new int[] {25, 200});
        expected.put(GroundTruth.HOLD, new int[] {40, 300});
        expected.put(GroundTruth.LONG_SILENCE, new int[] {20, 400});
        expected.put(GroundTruth.NOISE, new int[] {600, 1_600});
        assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(GroundTruth.PATTERNS);
        for (String pattern : GroundTruth.PATTERNS) {
            int[] range = expected.get(pattern);
            assertThat(truth.interactions(pattern).size()).as(pattern).isBetween(range[0], range[1]);
            assertThat(byId.keySet()).as(pattern).containsAll(truth.interactions(pattern));
        }
    }

    @Test
    void noiseInteractionsCarryNoPlantedEvent() {
        for (String pattern : GroundTruth.PATTERNS) {
            if (!pattern.equals(GroundTruth.NOISE) && !GroundTruth.TEXTURE_PATTERNS.contains(pattern)) {
                assertThat(truth.interactions(GroundTruth.NOISE)).as(pattern)
                        .doesNotContainAnyElementsOf(truth.interactions(pattern));
            }
        }
    }

    @Test
    void earlyTransfersEndWithinTenSecondsAndConcentrateOnThreeAgents() {
        Set<String> early = truth.interactions(GroundTruth.EARLY_TRANSFER);
        assertThat(truth.earlyTransferAgents()).hasSize(3);
        long byPlantedAgents = 0;
        for (String id : early) {
            Interaction call = byId.get(id);
            assertThat(call.channel()).isEqualTo(Channel.VOICE);
            assertThat(call.outcome().transferred()).isTrue();
            assertThat(call.turns().getLast().endMs()).as(id).isLessThan(10_000);
            assertThat(call.duration()).as(id).isLessThan(Duration.ofSeconds(10));
            assertThat(call.turns().getLast().speaker()).isEqualTo(Speaker.AGENT);
            assertThat(call.turns().getLast().text().toLowerCase(Locale.ROOT)).contains("transfer");
            if (truth.earlyTransferAgents().contains(call.agentId())) {
                byPlantedAgents++;
            }
        }
        assertThat(byPlantedAgents).isGreaterThan(early.size() * 6L / 10);
        // Other calls are not over that quickly.
        center.interactions().stream()
                .filter(interaction -> interaction.channel() == Channel.VOICE && !early.contains(interaction.id()))
                .forEach(call -> assertThat(call.duration()).as(call.id()).isGreaterThan(Duration.ofSeconds(15)));
    }

    @Test
    void churnThreatsAndNegativesAreSaidByTheCustomer() {
        for (PlantedPhrase phrase : truth.phrases(GroundTruth.CHURN_THREAT)) {
            assertThat(turn(phrase.interactionId(), phrase.turnIndex()).speaker()).isEqualTo(Speaker.CUSTOMER);
        }
        assertThat(truth.phrases(GroundTruth.CHURN_THREAT_NEGATIVE)).allSatisfy(phrase ->
                assertThat(phrase.text().toLowerCase(Locale.ROOT)).containsAnyOf("cancel", "switched"));
        assertThat(truth.interactions(GroundTruth.CHURN_THREAT))
                .doesNotContainAnyElementsOf(truth.interactions(GroundTruth.CHURN_THREAT_NEGATIVE));
        assertThat(truth.interactions(GroundTruth.CHURN_THREAT))
                .containsAll(truth.interactions(GroundTruth.RETENTION_OFFER_DECLINED));
        assertThat(truth.interactions(GroundTruth.RETENTION_OFFER))
                .containsAll(truth.interactions(GroundTruth.RETENTION_OFFER_ACCEPTED));
    }

    @Test
    void legalMentionsHappenOnCollectionsCallsAndAreEitherHandledOrViolated() {
        Set<String> mentions = truth.interactions(GroundTruth.COLLECTIONS_LEGAL_MENTION);
        Set<String> handled = truth.interactions(GroundTruth.COLLECTIONS_LEGAL_HANDLED);
        Set<String> violated = truth.interactions(GroundTruth.COLLECTIONS_LEGAL_VIOLATION);
        assertThat(handled).doesNotContainAnyElementsOf(violated);
        assertThat(mentions).containsAll(handled).containsAll(violated);
        assertThat(handled.size() + violated.size()).isEqualTo(mentions.size());
        for (String id : mentions) {
            Interaction call = byId.get(id);
            assertThat(call.queue()).isEqualTo("collections");
            assertThat(call.direction()).isEqualTo(Direction.OUTBOUND);
            String customerText = text(call, Speaker.CUSTOMER);
            assertThat(customerText).containsAnyOf("bankruptcy", "attorney", "lawyer");
        }
        for (String id : handled) {
            assertThat(text(byId.get(id), Speaker.AGENT)).containsAnyOf("stop collection activity", "your attorney");
        }
        for (String id : truth.interactions(GroundTruth.COLLECTIONS_LEGAL_NEGATIVE)) {
            assertThat(mentions).doesNotContain(id);
        }
    }

    @Test
    void missingDisclosuresAreReallyMissingAndPresentOnesAreSaid() {
        Set<String> missingRecording = truth.interactions(GroundTruth.RECORDING_DISCLOSURE_MISSING);
        Set<String> missingMiranda = truth.interactions(GroundTruth.MINI_MIRANDA_MISSING);
        for (Interaction call : center.interactions()) {
            if (call.channel() != Channel.VOICE) {
                continue;
            }
            String agentText = text(call, Speaker.AGENT).toLowerCase(Locale.ROOT);
            assertThat(agentText.contains("may be recorded")).as(call.id()).isEqualTo(!missingRecording.contains(call.id()));
            if ("collections".equals(call.queue()) && call.direction() == Direction.OUTBOUND) {
                assertThat(agentText.contains("attempt to collect a debt")).as(call.id())
                        .isEqualTo(!missingMiranda.contains(call.id()));
            }
        }
    }

    @Test
    void escalationsAndPraiseAreInTheCustomersWords() {
        assertThat(truth.phrases(GroundTruth.ESCALATION_REQUEST)).isNotEmpty().allSatisfy(phrase -> {
            assertThat(turn(phrase.interactionId(), phrase.turnIndex()).speaker()).isEqualTo(Speaker.CUSTOMER);
            assertThat(phrase.text().toLowerCase(Locale.ROOT)).containsAnyOf("manager", "supervisor", "higher up");
        });
        assertThat(truth.phrases(GroundTruth.PRAISE)).isNotEmpty().allSatisfy(phrase ->
                assertThat(turn(phrase.interactionId(), phrase.turnIndex()).speaker()).isEqualTo(Speaker.CUSTOMER));
        assertThat(truth.interactions(GroundTruth.ANGRY_CUSTOMER))
                .doesNotContainAnyElementsOf(truth.interactions(GroundTruth.PRAISE).stream()
                        .filter(id -> byId.get(id).channel() == Channel.VOICE).toList());
    }

    @Test
    void repeatContactsAreTheSameCustomerAndReasonWithinSevenDays() {
        List<RepeatContact> repeats = truth.repeatContacts();
        assertThat(repeats).anyMatch(RepeatContact::planted).anyMatch(repeat -> !repeat.planted());
        for (RepeatContact repeat : repeats) {
            Interaction first = byId.get(repeat.firstInteractionId());
            Interaction again = byId.get(repeat.repeatInteractionId());
            assertThat(truth.customerByInteraction().get(first.id())).isEqualTo(repeat.customerId());
            assertThat(truth.customerByInteraction().get(again.id())).isEqualTo(repeat.customerId());
            assertThat(truth.reasonByInteraction().get(first.id())).isEqualTo(repeat.reason());
            assertThat(truth.reasonByInteraction().get(again.id())).isEqualTo(repeat.reason());
            assertThat(again.startedAt()).isAfter(first.startedAt());
            assertThat(Duration.between(first.startedAt(), again.startedAt())).isLessThanOrEqualTo(Duration.ofDays(7));
        }
        assertThat(repeats.stream().map(RepeatContact::repeatInteractionId).collect(Collectors.toSet()))
                .isEqualTo(truth.interactions(GroundTruth.REPEAT_CONTACT));
        // Planted repeats say so, on any channel.
        assertThat(truth.phrases(GroundTruth.REPEAT_CONTACT)).hasSizeGreaterThan(50);
    }

    @Test
    void outageSpikeMultipliesOutageContactsOfOneRegionOnTheSpikeDays() {
        GroundTruth.OutageSpike spike = truth.outageSpike();
        assertThat(spike.days()).hasSize(3).allSatisfy(day ->
                assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        Map<LocalDate, Integer> outagesInRegion = new HashMap<>();
        for (Interaction interaction : center.interactions()) {
            if (spike.region().equals(interaction.attributes().get("region"))
                    && "outage".equals(truth.reasonByInteraction().get(interaction.id()))) {
                outagesInRegion.merge(interaction.startedAt().atZone(InteractionPlanner.ZONE).toLocalDate(), 1,
                        Integer::sum);
            }
        }
        double spikeAverage = spike.days().stream().mapToInt(day -> outagesInRegion.getOrDefault(day, 0)).average()
                .orElseThrow();
        double otherDaysAverage = outagesInRegion.entrySet().stream().filter(entry -> !spike.days().contains(entry.getKey()))
                .mapToInt(Map.Entry::getValue).sum() / 87.0;
        assertThat(spikeAverage).isGreaterThan(4 * otherDaysAverage);
        for (String id : truth.interactions(GroundTruth.OUTAGE_SPIKE)) {
            assertThat(truth.reasonByInteraction().get(id)).isEqualTo("outage");
            assertThat(spike.days()).contains(byId.get(id).startedAt().atZone(InteractionPlanner.ZONE).toLocalDate());
        }
    }

    @Test
    void plantedChurnersLeaveAfterSignalsAndNotBefore() {
        Map<String, Customer> customers = center.customers().stream()
                .collect(Collectors.toMap(Customer::id, Function.identity()));
        assertThat(truth.churners()).hasSizeBetween(15, 60);
        Map<String, List<Interaction>> contacts = new HashMap<>();
        center.interactions().forEach(interaction -> contacts.computeIfAbsent(
                truth.customerByInteraction().get(interaction.id()), key -> new ArrayList<>()).add(interaction));
        for (String id : truth.churners()) {
            Customer customer = customers.get(id);
            assertThat(customer.churned()).isTrue();
            assertThat(customer.churnDate()).isNotNull();
            List<Interaction> theirs = contacts.getOrDefault(id, List.of());
            long signals = theirs.stream().filter(i -> truth.interactions(GroundTruth.CHURN_SIGNAL).contains(i.id())).count();
            assertThat(signals).as(id).isGreaterThanOrEqualTo(2);
            assertThat(theirs).allSatisfy(interaction -> assertThat(
                    interaction.startedAt().atZone(InteractionPlanner.ZONE).toLocalDate()).isBefore(customer.churnDate()));
            assertThat(truth.churnSignals().get(id)).as(id).isNotEmpty();
        }
        long churnedCustomers = center.customers().stream().filter(c -> Boolean.TRUE.equals(c.churned())).count();
        assertThat(churnedCustomers).isEqualTo(truth.churners().size() + truth.unsignalledChurners().size());
        assertThat(truth.unsignalledChurners().size()).isLessThan(truth.churners().size());
        // Churners carry churn threats far more often than others.
        double churnerThreatShare = share(truth.interactions(GroundTruth.CHURN_SIGNAL), GroundTruth.CHURN_THREAT);
        double overall = truth.interactions(GroundTruth.CHURN_THREAT).size() / (double) SIZE;
        assertThat(churnerThreatShare).isGreaterThan(2 * overall);
    }

    @Test
    void crmRecordsHaveBillingHistoryAndSomeSpikes() {
        int spikes = 0;
        for (Customer customer : center.customers()) {
            assertThat(customer.billing()).hasSizeGreaterThanOrEqualTo(6);
            assertThat(customer.plan()).isIn("basic", "plus", "premium", "unlimited");
            assertThat(customer.contractType()).isIn("month-to-month", "one-year", "two-year");
            assertThat(customer.phone()).matches("\\+1\\d{10}");
            assertThat(customer.handle()).startsWith("@").doesNotContain(" ");
            double charge = customer.monthlyCharge();
            if (customer.billing().stream().anyMatch(bill -> bill.amount() > 1.4 * charge)) {
                spikes++;
            }
        }
        assertThat(spikes).isBetween(30, 150);
        assertThat(center.customers().stream().map(Customer::phone).distinct().count()).isEqualTo(500);
        assertThat(center.customers().stream().map(Customer::email).distinct().count()).isEqualTo(500);
    }

    @Test
    void everyPlantedSpanIsExactlyWhereTheTruthSaysItIs() {
        for (PiiItem item : truth.pii()) {
            assertThat(span(item.interactionId(), item.turnIndex(), item.start(), item.end())).as(item.toString())
                    .isEqualTo(item.text());
            assertThat(turn(item.interactionId(), item.turnIndex()).speaker().wireName()).isEqualTo(item.speaker());
        }
        for (PiiDecoy decoy : truth.piiDecoys()) {
            assertThat(span(decoy.interactionId(), decoy.turnIndex(), decoy.start(), decoy.end())).as(decoy.toString())
                    .isEqualTo(decoy.text());
        }
        for (PlantedPhrase phrase : truth.phrases()) {
            assertThat(span(phrase.interactionId(), phrase.turnIndex(), phrase.start(), phrase.end()))
                    .as(phrase.toString()).isEqualTo(phrase.text());
            assertThat(truth.interactions(phrase.pattern())).as(phrase.toString()).contains(phrase.interactionId());
        }
    }

    @Test
    void plantsEveryKindOfPiiInWrittenAndSpokenForms() {
        Map<PiiType, List<PiiItem>> byType = truth.pii().stream().collect(Collectors.groupingBy(PiiItem::type));
        assertThat(byType.keySet()).containsExactlyInAnyOrder(PiiType.values());
        for (PiiItem card : byType.get(PiiType.CARD)) {
            if (card.spoken()) {
                assertThat(card.text()).matches("[a-z ,]+");
                assertThat(PiiFactory.luhnValid(digitsOf(card.text()))).as(card.text()).isTrue();
            } else {
                assertThat(card.text()).matches("[0-9 -]+");
                assertThat(PiiFactory.luhnValid(card.text())).as(card.text()).isTrue();
            }
        }
        assertThat(byType.get(PiiType.CARD)).anyMatch(PiiItem::spoken).anyMatch(card -> card.text().contains(" ")
                && !card.spoken()).anyMatch(card -> card.text().matches("\\d{15,16}"));
        assertThat(byType.get(PiiType.DOB)).anyMatch(PiiItem::spoken).anyMatch(dob -> !dob.spoken());
        assertThat(byType.get(PiiType.SSN)).anyMatch(PiiItem::spoken)
                .anyMatch(ssn -> ssn.text().matches("\\d{3}-\\d{2}-\\d{4}"));
        assertThat(truth.piiDecoys()).extracting(PiiDecoy::type).contains(GroundTruth.DecoyType.values());
        assertThat(truth.piiDecoys()).filteredOn(decoy -> decoy.type() == GroundTruth.DecoyType.ORDER_ID)
                .allSatisfy(decoy -> assertThat(PiiFactory.luhnValid(decoy.text())).isFalse());
        assertThat(truth.piiDecoys()).filteredOn(decoy -> decoy.type() == GroundTruth.DecoyType.AMOUNT)
                .anyMatch(decoy -> decoy.text().matches("\\$\\d,\\d{3}\\.\\d{2}"));
    }

    @Test
    void wonSalesCallsFollowThePlantedSequenceMoreOftenThanLostOnes() {
        Set<String> sequence = truth.interactions(GroundTruth.SALES_SEQUENCE);
        double won = share(truth.interactions(GroundTruth.SALE_WON), GroundTruth.SALES_SEQUENCE);
        double lost = share(truth.interactions(GroundTruth.SALE_LOST), GroundTruth.SALES_SEQUENCE);
        assertThat(won).isGreaterThan(0.6);
        assertThat(lost).isLessThan(0.3);
        for (String id : sequence) {
            List<PlantedPhrase> phrases = truth.phrases(GroundTruth.SALES_SEQUENCE).stream()
                    .filter(phrase -> phrase.interactionId().equals(id)).toList();
            assertThat(phrases).hasSize(3);
            assertThat(truth.salesPhrases().discoveryQuestions()).contains(phrases.get(0).text());
            assertThat(truth.salesPhrases().bridgePhrases()).contains(phrases.get(1).text());
        }
        assertThat(truth.interactions(GroundTruth.SALE_WON)).allSatisfy(id -> {
            Interaction interaction = byId.get(id);
            if (interaction.channel() == Channel.VOICE || interaction.channel() == Channel.CHAT) {
                assertThat(interaction.outcome().sale()).isTrue();
            }
        });
    }

    @Test
    void seniorAgentsShowTheGoodBehavioursMoreOftenThanJuniors() {
        Map<String, String> skills = center.agents().stream()
                .collect(Collectors.toMap(io.touchpoint.core.model.Agent::id, io.touchpoint.core.model.Agent::skill));
        Map<String, int[]> closingBySkill = new HashMap<>();
        truth.behaviours().forEach((id, behaviours) -> {
            Interaction interaction = byId.get(id);
            assertThat(interaction.channel()).isIn(Channel.VOICE, Channel.CHAT);
            assertThat(GroundTruth.BEHAVIOURS).containsAll(behaviours);
            if (truth.interactions(GroundTruth.EARLY_TRANSFER).contains(id)) {
                return;
            }
            int[] counts = closingBySkill.computeIfAbsent(skills.get(interaction.agentId()), key -> new int[2]);
            counts[0] += behaviours.contains(GroundTruth.BEHAVIOUR_GREETING) ? 1 : 0;
            counts[1]++;
            if (behaviours.contains(GroundTruth.BEHAVIOUR_HOLD_ETIQUETTE)) {
                assertThat(behaviours).contains(GroundTruth.BEHAVIOUR_HOLD);
            }
        });
        double junior = closingBySkill.get("junior")[0] / (double) closingBySkill.get("junior")[1];
        double senior = closingBySkill.get("senior")[0] / (double) closingBySkill.get("senior")[1];
        assertThat(senior).isGreaterThan(junior + 0.2);
        long voiceAndChat = center.interactions().stream()
                .filter(i -> i.channel() == Channel.VOICE || i.channel() == Channel.CHAT).count();
        assertThat(truth.behaviours()).hasSize((int) voiceAndChat);
    }

    @Test
    void callsHaveRealisticTimingAndWrittenChannelsWholeSeconds() {
        List<Double> wordsPerMinute = new ArrayList<>();
        for (Interaction interaction : center.interactions()) {
            List<Turn> turns = interaction.turns();
            assertThat(turns).as(interaction.id()).isNotEmpty().allSatisfy(turn -> assertThat(turn.text()).isNotBlank());
            for (int i = 1; i < turns.size(); i++) {
                assertThat(turns.get(i).startMs()).as(interaction.id()).isGreaterThanOrEqualTo(turns.get(i - 1).endMs());
            }
            assertThat(interaction.endedAt()).isNotNull();
            assertThat(interaction.startedAt().plusMillis(turns.getLast().endMs())).isBeforeOrEqualTo(interaction.endedAt());
            if (interaction.channel() == Channel.VOICE) {
                for (Turn turn : turns) {
                    int words = turn.text().split("\\s+").length;
                    if (words >= 8) {
                        wordsPerMinute.add(words / (turn.durationMs() / 60_000.0));
                    }
                    assertThat(turn.confidence()).isBetween(0.5, 1.0);
                }
            } else if (interaction.channel() != Channel.CHAT) {
                assertThat(turns).allSatisfy(turn -> assertThat(turn.startMs() % 1000).isZero());
            }
            assertThat(interaction.startedAt().getNano()).as(interaction.id()).isZero();
        }
        wordsPerMinute.sort(Double::compare);
        assertThat(wordsPerMinute.get(wordsPerMinute.size() / 2)).isBetween(120.0, 180.0);
    }

    @Test
    void contactsFallMostlyInBusinessHoursOnWeekdays() {
        long weekday = 0;
        long businessHours = 0;
        long live = 0;
        for (Interaction interaction : center.interactions()) {
            if (interaction.channel() != Channel.VOICE && interaction.channel() != Channel.CHAT) {
                continue;
            }
            live++;
            var local = interaction.startedAt().atZone(InteractionPlanner.ZONE);
            if (local.getDayOfWeek() != DayOfWeek.SATURDAY && local.getDayOfWeek() != DayOfWeek.SUNDAY) {
                weekday++;
            }
            if (local.getHour() >= 8 && local.getHour() < 21) {
                businessHours++;
            }
        }
        assertThat(weekday / (double) live).isGreaterThan(0.8);
        assertThat(businessHours / (double) live).isGreaterThan(0.97);
    }

    @Test
    void desktopProcessesArePairedAndAccountOpeningIsTheSlowOne() {
        Map<String, ProcessStats> stats = truth.processes().stream()
                .collect(Collectors.toMap(ProcessStats::process, Function.identity()));
        assertThat(stats.keySet()).containsExactlyInAnyOrder("account_open", "payment_arrangement", "plan_change",
                "device_troubleshoot");
        assertThat(stats.get("account_open").medianSeconds()).isBetween(200.0, 290.0);
        assertThat(stats.get("account_open").applications()).hasSize(4);
        for (String other : List.of("payment_arrangement", "plan_change", "device_troubleshoot")) {
            assertThat(stats.get(other).medianSeconds()).as(other).isBetween(55.0, 100.0);
        }
        ProcessStats open = stats.get("account_open");
        assertThat(open.annualVolume()).isCloseTo(open.count() * 365.0 / 90, org.assertj.core.data.Offset.offset(0.01));
        assertThat(open.yearlyValueOfSaving()).isCloseTo(open.annualVolume() * truth.costModel().costPerAgentMinute(),
                org.assertj.core.data.Offset.offset(0.01));

        Map<String, Long> starts = center.desktopEvents().stream()
                .filter(event -> event.type() == DesktopEventType.PROCESS_START)
                .collect(Collectors.groupingBy(DesktopEvent::processName, Collectors.counting()));
        Map<String, Long> ends = center.desktopEvents().stream()
                .filter(event -> event.type() == DesktopEventType.PROCESS_END)
                .collect(Collectors.groupingBy(DesktopEvent::processName, Collectors.counting()));
        assertThat(starts).isEqualTo(ends);
        stats.forEach((name, stat) -> assertThat(starts.get(name)).isEqualTo((long) stat.count()));

        // During account opening the customer is silent: no turn overlaps the process.
        for (ProcessInstance instance : truth.processInstances()) {
            Interaction interaction = byId.get(instance.interactionId());
            assertThat(instance.agentId()).isEqualTo(interaction.agentId());
            assertThat(instance.start()).isAfter(interaction.startedAt());
            assertThat(instance.end()).isBeforeOrEqualTo(interaction.endedAt());
            if (instance.process().equals("account_open") && interaction.channel() == Channel.VOICE) {
                for (Turn turn : interaction.turns()) {
                    Instant turnStart = interaction.startedAt().plusMillis(turn.startMs());
                    Instant turnEnd = interaction.startedAt().plusMillis(turn.endMs());
                    assertThat(turnEnd.isBefore(instance.start()) || !turnStart.isBefore(instance.end()))
                            .as(instance.interactionId()).isTrue();
                }
            }
        }
    }

    @Test
    void desktopEventsAreTaggedOnlySometimesAndNeverOverlapAnotherCallOfTheAgent() {
        List<DesktopEvent> events = center.desktopEvents();
        long tagged = events.stream().filter(event -> event.interactionId() != null).count();
        assertThat(tagged).isBetween(events.size() / 5L, events.size() * 3L / 5);
        Set<String> apps = events.stream().map(DesktopEvent::application).collect(Collectors.toSet());
        assertThat(apps).contains("crm", "billing", "provisioning", "knowledge_base", "browser", "email");
        assertThat(events).anyMatch(event -> event.type() == DesktopEventType.URL);
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).timestamp()).isAfterOrEqualTo(events.get(i - 1).timestamp());
        }
        // A tagged event lies within its interaction or its after-call work, on the interaction's agent.
        long afterCall = 0;
        for (DesktopEvent event : events) {
            if (event.interactionId() == null) {
                continue;
            }
            Interaction interaction = byId.get(event.interactionId());
            assertThat(event.agentId()).isEqualTo(interaction.agentId());
            assertThat(event.timestamp()).isAfterOrEqualTo(interaction.startedAt());
            assertThat(event.timestamp()).isBefore(interaction.endedAt().plusSeconds(95));
            if (event.timestamp().isAfter(interaction.endedAt())) {
                afterCall++;
            }
        }
        assertThat(afterCall).isPositive();
        // Live contacts of one agent never overlap, so untagged events can be aligned by agent and time.
        Map<String, List<Interaction>> byAgent = center.interactions().stream()
                .filter(i -> i.channel() == Channel.VOICE || i.channel() == Channel.CHAT)
                .collect(Collectors.groupingBy(Interaction::agentId));
        byAgent.values().forEach(list -> {
            list.sort(java.util.Comparator.comparing(Interaction::startedAt));
            for (int i = 1; i < list.size(); i++) {
                assertThat(list.get(i).startedAt()).as(list.get(i).id()).isAfter(list.get(i - 1).endedAt());
            }
        });
    }

    @Test
    void writtenChannelsIdentifyCustomersTheWayTheirSourcesDo() {
        Map<String, Customer> customers = center.customers().stream()
                .collect(Collectors.toMap(Customer::id, Function.identity()));
        for (Interaction interaction : center.interactions()) {
            Customer customer = customers.get(truth.customerByInteraction().get(interaction.id()));
            switch (interaction.channel()) {
                case EMAIL -> {
                    assertThat(interaction.id()).matches("email:e-\\d{6}\\.1@mail\\.sim\\.touchpoint\\.example");
                    assertThat(interaction.customer().email()).isEqualTo(customer.email());
                    assertThat(interaction.customer().id()).isNull();
                }
                case SOCIAL -> {
                    assertThat(interaction.id()).matches("social:\\d+");
                    assertThat(interaction.customer().handle()).isEqualTo(customer.handle());
                }
                case SMS, VOICE -> assertThat(interaction.customer().phone()).isEqualTo(customer.phone());
                default -> assertThat(interaction.customer().email()).isEqualTo(customer.email());
            }
        }
    }

    private static double share(Set<String> ids, String pattern) {
        if (ids.isEmpty()) {
            return 0;
        }
        return ids.stream().filter(truth.interactions(pattern)::contains).count() / (double) ids.size();
    }

    private static Turn turn(String interactionId, int index) {
        return byId.get(interactionId).turns().get(index);
    }

    private static String span(String interactionId, int turnIndex, int start, int end) {
        String text = turn(interactionId, turnIndex).text();
        return end <= text.length() ? text.substring(start, end) : "<span " + start + ".." + end + " beyond text>";
    }

    private static String text(Interaction interaction, Speaker speaker) {
        return interaction.turns().stream().filter(turn -> turn.speaker() == speaker).map(Turn::text)
                .collect(Collectors.joining(" "));
    }

    private static String digitsOf(String spoken) {
        StringBuilder digits = new StringBuilder();
        for (String word : spoken.replace(",", " ").trim().split("\\s+")) {
            digits.append(List.of(Vocabulary.ONES).indexOf(word));
        }
        return digits.toString();
    }
}
