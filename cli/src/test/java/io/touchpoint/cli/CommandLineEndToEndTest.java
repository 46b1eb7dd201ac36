package io.touchpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the real command line against a real store in a temporary folder. */
class CommandLineEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    static Path data;
    static Path generated;

    record Run(int exitCode, String out, String err) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    static Run touchpoint(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = TouchpointCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @BeforeAll
    static void generateAndIngest() {
        data = work.resolve("data");
        generated = work.resolve("generated");
        Run generate = touchpoint("generate", "--out", generated.toString(), "--interactions", "400", "--seed", "7");
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        Run ingest = touchpoint("ingest", generated.toString(), "--data", data.toString(), "--format", "json");
        assertThat(ingest.exitCode()).as(ingest.out() + ingest.err()).isZero();
    }

    @Test
    void statsCountsEveryGeneratedInteractionByChannel() throws IOException {
        JsonNode stats = touchpoint("stats", "--data", data.toString(), "--format", "json").json();
        assertThat(stats.get("interactions").asLong()).isEqualTo(400);
        long sum = 0;
        for (JsonNode count : stats.get("byChannel")) {
            sum += count.asLong();
        }
        assertThat(sum).isEqualTo(400);
        assertThat(stats.get("byChannel").size()).isEqualTo(6);
        assertThat(stats.get("customers").asLong()).isPositive();
    }

    @Test
    void reingestingTheSameFilesAddsNothing() throws IOException {
        Run again = touchpoint("ingest", generated.toString(), "--data", data.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(touchpoint("stats", "--data", data.toString(), "--format", "json").json().get("interactions").asLong())
                .isEqualTo(400);
    }

    @Test
    void searchFindsCustomerPhrasesWithSnippets() throws IOException {
        Run search = touchpoint("search", "\"late fee\"", "--speaker", "customer", "--data", data.toString(),
                "--format", "json", "--limit", "5");
        assertThat(search.exitCode()).as(search.err()).isZero();
        JsonNode result = search.json();
        assertThat(result.get("hits")).isNotEmpty();
        for (JsonNode hit : result.get("hits")) {
            assertThat(hit.get("speaker").asText()).isEqualTo("customer");
            assertThat(hit.get("snippet").asText().toLowerCase()).containsPattern("<mark>late(</mark> <mark>| )fee</mark>");
            assertThat(hit.get("interactionId").asText()).isNotBlank();
        }
    }

    @Test
    void aBadQueryIsAUsageErrorWithAMessage() {
        Run search = touchpoint("search", "\"unclosed phrase", "--data", data.toString());
        assertThat(search.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(search.err()).startsWith("error:");
    }

    @Test
    void journeyListsACustomerAcrossChannelsInTimeOrder() throws IOException {
        JsonNode customers = JSON.readTree(touchpoint("stats", "--data", data.toString(), "--format", "json").out());
        assertThat(customers.get("customers").asLong()).isPositive();
        // The customer of the first e-mail thread: it is linked through the e-mail address only.
        String someCustomer = firstCustomerId();
        Run journey = touchpoint("journey", someCustomer, "--data", data.toString(), "--format", "json");
        assertThat(journey.exitCode()).as(journey.err()).isZero();
        JsonNode interactions = journey.json().get("interactions");
        assertThat(interactions).isNotEmpty();
        String previous = "";
        for (JsonNode interaction : interactions) {
            assertThat(interaction.get("startedAt").asText()).isGreaterThanOrEqualTo(previous);
            previous = interaction.get("startedAt").asText();
        }
        // The table's header line says what the CRM record says and nothing for what it leaves out.
        Run table = touchpoint("journey", someCustomer, "--data", data.toString());
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out().lines().findFirst().orElseThrow()).startsWith("customer ").doesNotContain("null");
    }

    @Test
    void analyzeTagsInteractionsAndIsIncremental() throws IOException {
        Run analyze = touchpoint("analyze", "--data", data.toString(), "--format", "json");
        assertThat(analyze.exitCode()).as(analyze.err()).isZero();
        JsonNode first = analyze.json();
        assertThat(first.get("findings").asLong()).isPositive();

        Run again = touchpoint("analyze", "--data", data.toString(), "--format", "json");
        assertThat(again.json().get("analyzed").asLong()).as("nothing changed, nothing to analyze").isZero();

        JsonNode categories = touchpoint("categories", "--data", data.toString(), "--format", "json").json();
        assertThat(categories.get("analyzedInteractions").asLong()).isEqualTo(400);
        assertThat(categories.get("categories").get("Billing").asLong())
                .isGreaterThanOrEqualTo(categories.get("categories").get("Billing/Late fee").asLong())
                .isPositive();

        String id = touchpoint("search", "\"late fee\"", "--data", data.toString(), "--format", "json")
                .json().get("hits").get(0).get("interactionId").asText();
        JsonNode shown = touchpoint("show", id, "--data", data.toString(), "--format", "json").json();
        assertThat(shown.get("interaction").get("id").asText()).isEqualTo(id);
        boolean lateFeeWithEvidence = false;
        for (JsonNode finding : shown.get("findings")) {
            if (finding.get("name").asText().equals("Billing/Late fee")) {
                JsonNode evidence = finding.get("evidence").get(0);
                lateFeeWithEvidence = evidence.get("turn").asInt() >= 0
                        && evidence.get("charEnd").asInt() > evidence.get("charStart").asInt();
            }
        }
        assertThat(lateFeeWithEvidence).as("the late-fee category points at the words").isTrue();
    }

    @Test
    void unknownCustomerIsAUsageError() {
        Run journey = touchpoint("journey", "no-such-customer", "--data", data.toString());
        assertThat(journey.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(journey.err()).contains("no customer or interaction matches");
    }

    @Test
    void ingestWithSomeBadRecordsExitsThreeAndWritesTheDeadLetterFile() throws IOException {
        Path bad = work.resolve("bad.ndjson");
        Files.writeString(bad, """
                {"id":"ok-1","channel":"chat","startedAt":"2026-03-02T14:05:11Z","turns":[{"speaker":"customer","text":"hello"}]}
                {"id":"bad-1","channel":"fax","startedAt":"2026-03-02T14:05:11Z"}
                {"id":"bad-2","channel":"chat","startedAt":"yesterday"}
                """, StandardCharsets.UTF_8);
        Path otherData = work.resolve("data-bad");
        Run ingest = touchpoint("ingest", bad.toString(), "--data", otherData.toString());
        assertThat(ingest.exitCode()).isEqualTo(ExitCodes.SOME_REJECTED);
        assertThat(ingest.out()).contains("stored 1").contains("rejected 2");
        try (Stream<Path> files = Files.list(otherData.resolve("dead-letter"))) {
            Path deadLetter = files.findFirst().orElseThrow();
            String content = Files.readString(deadLetter);
            assertThat(content).contains("bad-1").contains("channel").contains("bad-2").contains("startedAt");
        }
    }

    @Test
    void ingestOfNothingReadableExitsFour() throws IOException {
        Path empty = work.resolve("empty.ndjson");
        Files.writeString(empty, "");
        Run ingest = touchpoint("ingest", empty.toString(), "--data", work.resolve("data-empty").toString());
        assertThat(ingest.exitCode()).isEqualTo(ExitCodes.NOTHING_READ);
    }

    @Test
    void missingPathIsAUsageError() {
        Run ingest = touchpoint("ingest", work.resolve("nope").toString(), "--data", work.resolve("data-x").toString());
        assertThat(ingest.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(ingest.err()).contains("no such file or folder");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"demo", "generate", "ingest", "analyze", "stats", "search", "journey", "show",
            "categories", "bench"}) {
            Run help = touchpoint(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: touchpoint " + command);
        }
    }

    private static String firstCustomerId() throws IOException {
        try (Stream<String> lines = Files.lines(generated.resolve("customers.csv"))) {
            return lines.skip(1).findFirst().orElseThrow().split(",", 2)[0];
        }
    }
}
