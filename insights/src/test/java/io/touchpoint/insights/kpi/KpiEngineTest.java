package io.touchpoint.insights.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.Agent;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Outcome;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.store.TouchpointStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * KPI definitions checked on a hand-written store of five interactions whose every measure can be
 * worked out on paper:
 *
 * <pre>
 * id  channel agent queue   customer start       duration transferred turns (ms)                 reason
 * v1  voice   a1    billing c1       03-02 10:00 8 s      yes         0-2000, 6000-7000          Billing/Late fee
 * v2  voice   a1    billing c1       03-04 10:00 300 s    yes         0-10k, 50k-60k, 61k-70k    Billing/Late fee (+ escalation)
 * v3  voice   a2    tech    c2       03-05 10:00 10 s     yes         0-5000                     Tech/Wifi
 * v4  voice   a2    tech    c2       03-06 10:00 9 s      no          0-9000                     Billing/Refund
 * c1  chat    a2    billing c1       03-20 10:00 60 s     unknown     0-1000                     Billing/Late fee
 * </pre>
 */
class KpiEngineTest {

    private static final Instant MARCH_2 = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    static Path folder;

    private static TouchpointStore store;

    @BeforeAll
    static void writeHandMadeStore() {
        store = TouchpointStore.open(folder.resolve("data"));
        List<Interaction> interactions = List.of(
                call("v1", Channel.VOICE, "a1", "billing", "c1", 0, 8, true, turn(0, 2000), turn(6000, 7000)),
                call("v2", Channel.VOICE, "a1", "billing", "c1", 2, 300, true, turn(0, 10_000), turn(50_000, 60_000),
                        turn(61_000, 70_000)),
                call("v3", Channel.VOICE, "a2", "tech", "c2", 3, 10, true, turn(0, 5000)),
                call("v4", Channel.VOICE, "a2", "tech", "c2", 4, 9, false, turn(0, 9000)),
                call("c1", Channel.CHAT, "a2", "billing", "c1", 18, 60, null, turn(0, 1000)));
        store.write(new IngestBatch(interactions, List.of(),
                List.of(new Agent("a1", "Ann", "Red", "junior"), new Agent("a2", "Bob", "Blue", "senior")), List.of()));
        List<AnalyzedInteraction> analyzed = new ArrayList<>();
        for (Interaction interaction : interactions) {
            List<Finding> findings = new ArrayList<>();
            findings.add(category(switch (interaction.id()) {
                case "v3" -> "Tech/Wifi";
                case "v4" -> "Billing/Refund";
                default -> "Billing/Late fee";
            }));
            switch (interaction.id()) {
                case "v1" -> findings.add(sentiment("customer", -0.5));
                case "v2" -> {
                    findings.add(sentiment("customer", 0.5));
                    findings.add(sentiment("agent", 0.9));
                    findings.add(new Finding("rules", "event", "escalation_request", "", 1.0, 1.0,
                            List.of(new Evidence(0, 0, 1, 0, 1000), new Evidence(1, 0, 1, 50_000, 51_000))));
                }
                default -> { }
            }
            analyzed.add(new AnalyzedInteraction(interaction, findings));
        }
        store.writeAnalysis(analyzed, "test-1");
    }

    @AfterAll
    static void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void countsATransferThatEndsWithinTheThresholdAsEarlyInclusive() {
        KpiRow all = overall(KpiQuery.by(List.of()));
        assertThat(all.volume()).isEqualTo(5);
        // c1's transfer flag is unknown, so it is out of both denominators.
        assertThat(all.value(Kpi.TRANSFER_RATE)).hasValue(0.75);
        assertThat(all.value(Kpi.EARLY_TRANSFER_RATE)).hasValue(0.5); // v1 (8 s) and v3 (exactly 10 s)
    }

    @Test
    void movesTheEarlyTransferThresholdWithTheQuery() {
        assertThat(overall(KpiQuery.by(List.of()).withEarlyTransferSeconds(8)).value(Kpi.EARLY_TRANSFER_RATE))
                .hasValue(0.25);
        assertThat(overall(KpiQuery.by(List.of()).withEarlyTransferSeconds(300)).value(Kpi.EARLY_TRANSFER_RATE))
                .hasValue(0.75);
    }

    @Test
    void groupsEarlyTransfersByAgent() {
        KpiResult byAgent = KpiEngine.run(store.duckdb(), KpiQuery.by("agent"));
        assertThat(byAgent.rows()).extracting(row -> row.dimensionValues().getFirst()).containsExactly("a1", "a2");
        assertThat(byAgent.row("a1").orElseThrow().value(Kpi.EARLY_TRANSFER_RATE)).hasValue(0.5);
        assertThat(byAgent.row("a2").orElseThrow().value(Kpi.EARLY_TRANSFER_RATE)).hasValue(0.5);
        assertThat(byAgent.row("a2").orElseThrow().value(Kpi.TRANSFER_RATE)).hasValue(0.5);
    }

    @Test
    void measuresTalkSilenceAndHoldFromTurnGapsOfVoiceCalls() {
        KpiRow all = overall(KpiQuery.by(List.of()));
        // talk 3 + 29 + 5 + 9 s; silence 4 (v1) + 40 (v2; the 1 s gap is not silence); hold 40 (v2).
        assertThat(all.value(Kpi.TALK_S).orElseThrow()).isCloseTo(11.5, within(1e-9));
        assertThat(all.value(Kpi.SILENCE_S).orElseThrow()).isCloseTo(11.0, within(1e-9));
        assertThat(all.value(Kpi.HOLD_S).orElseThrow()).isCloseTo(10.0, within(1e-9));
        assertThat(all.value(Kpi.AHT_S).orElseThrow()).isCloseTo((8 + 300 + 10 + 9 + 60) / 5.0, within(1e-9));
        KpiRow chat = KpiEngine.run(store.duckdb(), KpiQuery.by("channel")).row("chat").orElseThrow();
        assertThat(chat.value(Kpi.TALK_S)).isEmpty();
    }

    @Test
    void resolvesAtFirstContactUnlessTheCustomerComesBackForTheSameReasonInTime() {
        // v1 is followed by v2 (same customer, same reason) two days later; v4 is c2's second contact but for
        // another reason; c1 follows v2 after 16 days.
        assertThat(overall(KpiQuery.by(List.of())).value(Kpi.FCR_RATE)).hasValue(0.8);
        assertThat(overall(KpiQuery.by(List.of()).withFcrDays(1)).value(Kpi.FCR_RATE)).hasValue(1.0);
        assertThat(overall(KpiQuery.by(List.of()).withFcrDays(30)).value(Kpi.FCR_RATE)).hasValue(0.6);
    }

    @Test
    void countsARepeatOnAnotherChannelOrLaterThanTheWindowAgainstFirstContactResolution() {
        KpiQuery voiceInFirstWeek = KpiQuery.by("agent").withChannels(List.of("voice")).withFcrDays(30)
                .between(MARCH_2, MARCH_2.plus(Duration.ofDays(7)));
        KpiRow a1 = KpiEngine.run(store.duckdb(), voiceInFirstWeek).row("a1").orElseThrow();
        assertThat(a1.volume()).isEqualTo(2);
        // v2's repeat is the chat c1 on March 20: another channel, after the window, still counts.
        assertThat(a1.value(Kpi.FCR_RATE)).hasValue(0.0);
    }

    @Test
    void filtersByChannelQueueAgentAndWindow() {
        assertThat(overall(KpiQuery.by(List.of()).withChannels(List.of("voice"))).volume()).isEqualTo(4);
        assertThat(overall(KpiQuery.by(List.of()).withQueues(List.of("tech"))).volume()).isEqualTo(2);
        assertThat(overall(KpiQuery.by(List.of()).withAgents(List.of("a2")).withQueues(List.of("billing"))).volume())
                .isEqualTo(1);
        assertThat(overall(KpiQuery.by(List.of()).between(MARCH_2.plus(Duration.ofDays(2)),
                MARCH_2.plus(Duration.ofDays(4)))).volume()).isEqualTo(2); // v2 and v3; v4 starts at the end
        assertThat(KpiEngine.run(store.duckdb(), KpiQuery.by(List.of()).withChannels(List.of("email"))).rows())
                .isEmpty();
    }

    @Test
    void averagesEscalationsOverAnalyzedInteractionsAndSentimentOverTheCustomerOnly() {
        KpiRow all = overall(KpiQuery.by(List.of()));
        assertThat(all.value(Kpi.ESCALATION_RATE)).hasValue(0.2);
        assertThat(all.value(Kpi.CUSTOMER_SENTIMENT).orElseThrow()).isCloseTo(0.0, within(1e-9));
        assertThat(all.value(Kpi.CSAT)).isEmpty();
        assertThat(all.value(Kpi.QA_SCORE)).isEmpty();
    }

    @Test
    void groupsByTeamCategoryAndTime() {
        KpiResult result = KpiEngine.run(store.duckdb(), KpiQuery.by("team,category"));
        assertThat(result.rows()).extracting(KpiRow::dimensionValues, KpiRow::volume).containsExactly(
                org.assertj.core.groups.Tuple.tuple(List.of("Blue", "Billing"), 2L),
                org.assertj.core.groups.Tuple.tuple(List.of("Blue", "Tech"), 1L),
                org.assertj.core.groups.Tuple.tuple(List.of("Red", "Billing"), 2L));
        assertThat(KpiEngine.run(store.duckdb(), KpiQuery.by("category_path")).row("Billing/Late fee").orElseThrow()
                .volume()).isEqualTo(3);
        KpiResult byWeek = KpiEngine.run(store.duckdb(), KpiQuery.by("week"));
        assertThat(byWeek.rows()).extracting(row -> row.dimensionValues().getFirst(), KpiRow::volume).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2026-03-02", 4L),
                org.assertj.core.groups.Tuple.tuple("2026-03-16", 1L));
        assertThat(KpiEngine.run(store.duckdb(), KpiQuery.by("month,day")).row("2026-03", "2026-03-04")).isPresent();
    }

    @Test
    void rejectsAnUnknownDimensionNamingTheAllowedOnes() {
        assertThatThrownBy(() -> KpiQuery.by("queue,colour"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown KPI dimension 'colour'")
                .hasMessageContaining("channel, direction, queue, agent, team, category, category_path, day, week, month");
    }

    @Test
    void rejectsRepeatedDimensionsAndAnEmptyWindow() {
        assertThatThrownBy(() -> KpiQuery.by("queue,queue")).hasMessageContaining("KpiQuery.dimensions repeats");
        assertThatThrownBy(() -> KpiQuery.by("queue").between(MARCH_2, MARCH_2))
                .hasMessageContaining("KpiQuery.from");
        assertThatThrownBy(() -> KpiQuery.by("queue").withFcrDays(0)).hasMessageContaining("KpiQuery.fcrDays");
    }

    @Test
    void writesCsvAndJsonWithEmptyCellsForMissingMeasures() {
        KpiResult result = KpiEngine.run(store.duckdb(), KpiQuery.by("channel"));
        String csv = KpiResultWriter.csv(result);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("channel,volume,aht_s,talk_s,silence_s,hold_s,"
                + "transfer_rate,early_transfer_rate,fcr_rate,escalation_rate,customer_sentiment,csat,qa_score");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("chat,1,60.0,,,,,");
        assertThat(KpiResultWriter.json(result)).contains("\"channel\" : \"voice\"", "\"volume\" : 4",
                "\"talk_s\" : null");
    }

    private static KpiRow overall(KpiQuery query) {
        List<KpiRow> rows = KpiEngine.run(store.duckdb(), query).rows();
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }

    private static Interaction call(String id, Channel channel, String agent, String queue, String customer, int day,
                                    int seconds, Boolean transferred, Turn... turns) {
        Instant start = MARCH_2.plus(Duration.ofDays(day));
        return Interaction.builder(id, channel, start).endedAt(start.plusSeconds(seconds)).agentId(agent).queue(queue)
                .customer(CustomerRef.ofId(customer)).turns(List.of(turns))
                .outcome(new Outcome(null, transferred, null, null)).build();
    }

    private static Turn turn(long startMs, long endMs) {
        return new Turn(startMs == 0 ? Speaker.AGENT : Speaker.CUSTOMER, startMs, endMs, "words", 1.0);
    }

    private static Finding category(String path) {
        return new Finding("rules", "category", path, "pack", 1.0, 1.0, List.of(Evidence.WHOLE_INTERACTION));
    }

    private static Finding sentiment(String speaker, double score) {
        return new Finding("sentiment", "sentiment.speaker", speaker, score < 0 ? "negative" : "positive", score, 0.9,
                List.of(Evidence.WHOLE_INTERACTION));
    }
}
