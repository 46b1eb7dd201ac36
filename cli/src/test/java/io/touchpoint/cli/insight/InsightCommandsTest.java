package io.touchpoint.cli.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpoint.cli.TouchpointCommand;
import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.CustomerRef;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Outcome;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import io.touchpoint.store.AuditQuery;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The insight commands through the real command line on a store of eight weeks of voice calls: late-fee calls get
 * 60 s shorter from 2026-03-30 on, Wi-Fi calls stay 120 s, and late-fee calls are 100 s longer than Wi-Fi calls.
 */
class InsightCommandsTest {

    @TempDir
    static Path folder;

    static Path data;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void writeStore() {
        data = folder.resolve("data");
        List<Interaction> interactions = new ArrayList<>();
        List<AnalyzedInteraction> analyzed = new ArrayList<>();
        Instant first = Instant.parse("2026-03-02T10:00:00Z");
        for (int day = 0; day < 56; day++) {
            for (int call = 0; call < 3; call++) {
                Instant start = first.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(call * 30));
                int wobble = ((day + call) % 5) * 4;
                add(interactions, analyzed, "late-" + day + "-" + call, start, (day >= 28 ? 160 : 220) + wobble,
                        "I was charged a late fee on my bill", "Billing/Late fee");
                add(interactions, analyzed, "wifi-" + day + "-" + call, start, 120 + wobble,
                        "my router wifi keeps dropping the connection", "Technical/Wi-Fi");
            }
        }
        try (TouchpointStore store = TouchpointStore.open(data)) {
            store.write(new IngestBatch(interactions, List.of(), List.of(), List.of()));
            store.writeAnalysis(analyzed, "test");
        }
    }

    private static void add(List<Interaction> interactions, List<AnalyzedInteraction> analyzed, String id, Instant start,
                            int seconds, String text, String category) {
        Interaction interaction = Interaction.builder(id, Channel.VOICE, start).endedAt(start.plusSeconds(seconds))
                .agentId("a1").queue("care").customer(CustomerRef.ofId("c-" + id))
                .turns(List.of(new Turn(Speaker.CUSTOMER, 0, 4000, text, 1.0)))
                .outcome(new Outcome(null, false, null, null)).build();
        interactions.add(interaction);
        analyzed.add(new AnalyzedInteraction(interaction, List.of(new Finding("rules", "category", category, "pack", 1.0,
                1.0, List.of(Evidence.WHOLE_INTERACTION)))));
    }

    static Run run(String... args) {
        CommandLine commandLine = TouchpointCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data");
        all.add(data.toString());
        int exitCode = commandLine.execute(all.toArray(String[]::new));
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void quantifiesCategoriesAsJsonAndCsv() throws Exception {
        Run json = run("report", "quantify", "--format", "json", "--cost-per-minute", "2");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(json.out());
        assertThat(result.get("cost").get("costPerAgentMinute").asDouble()).isEqualTo(2.0);
        JsonNode late = null;
        for (JsonNode impact : result.get("impacts")) {
            if (impact.get("name").asText().equals("Billing/Late fee")) {
                late = impact;
            }
        }
        assertThat(late).isNotNull();
        assertThat(late.get("count").asInt()).isEqualTo(168);
        assertThat(late.get("handleTime").get("delta").asDouble()).isGreaterThan(50);
        assertThat(late.get("interactionIds")).hasSize(100);

        Run csv = run("report", "quantify", "--format", "csv");
        assertThat(csv.out()).startsWith("kind,name,count,share,");
        Run table = run("report", "quantify");
        assertThat(table.out()).contains("Billing/Late fee").contains("examples");
    }

    @Test
    void writesTheOpportunitiesAndTrendsAsSelfContainedHtml() throws Exception {
        Path html = folder.resolve("reports/opportunities.html");
        Run opportunities = run("report", "opportunities", "--format", "html", "--out", html.toString());
        assertThat(opportunities.exitCode()).as(opportunities.err()).isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg").contains("Billing/Late fee")
                .doesNotContain("<script");
        Path trends = folder.resolve("reports/trends.html");
        assertThat(run("report", "trends", "--format", "html", "--out", trends.toString()).exitCode()).isZero();
        assertThat(Files.readString(trends)).contains("Trends and alerts").contains("<svg");
        Run csv = run("report", "trends", "--format", "csv");
        assertThat(csv.out()).startsWith("day,kind,name,segment,measure,value,count");
    }

    @Test
    void valuesAWhatIfAndRejectsAnUnknownCategoryWithExitCode2() {
        Run whatIf = run("whatif", "--category", "Billing/Late fee", "--shrink-seconds", "30");
        assertThat(whatIf.exitCode()).as(whatIf.err()).isZero();
        assertThat(whatIf.out()).contains("168 interactions").contains("30.0 s saved");
        Run unknown = run("whatif", "--category", "Sales", "--shrink-seconds", "30");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("'Sales'").contains("Billing/Late fee, Technical/Wi-Fi");
    }

    @Test
    void savesMovesAndMeasuresAnObjectiveWithAnAuditTrail() {
        Run add = run("objectives", "add", "--name", "Late-fee FAQ", "--metric", "handle_time_s", "--target", "180",
                "--category", "Billing/Late fee", "--owner", "ops-lead", "--actor", "alice");
        assertThat(add.exitCode()).as(add.err()).isZero();
        String id = add.out().split(" ")[1];
        assertThat(run("objectives", "set-status", id, "in-progress", "--actor", "bob").out()).contains("in_progress");
        Run bad = run("objectives", "set-status", id, "finished");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("allowed: proposed, approved, in_progress, measured");
        Run measure = run("objectives", "measure", id, "--change-date", "2026-03-30", "--actor", "alice");
        assertThat(measure.exitCode()).as(measure.err()).isZero();
        assertThat(measure.out()).contains("verdict: achieved").contains("Welch p");
        assertThat(run("objectives", "list").out()).contains(id).contains("measured").contains("achieved");
        try (TouchpointStore store = TouchpointStore.open(data)) {
            assertThat(store.audit().read(new AuditQuery("bob", "objective.", null, null, null, 10)))
                    .singleElement().satisfies(entry -> assertThat(entry.detail()).isEqualTo("proposed -> in_progress"));
        }
    }

    @Test
    void rejectsAnUnknownDriverOutcomeAndListsClusters() {
        Run drivers = run("report", "drivers", "--outcome", "happiness");
        assertThat(drivers.exitCode()).isEqualTo(2);
        assertThat(drivers.err()).contains("negative_sentiment, repeat_contact, escalation, churn");
        Run clusters = run("report", "clusters", "--clusters", "2");
        assertThat(clusters.exitCode()).as(clusters.err()).isZero();
        assertThat(clusters.out()).contains("Billing/Late fee (100%)").contains("Technical/Wi-Fi (100%)");
    }
}
