package io.touchpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.Finding;
import io.touchpoint.store.SearchRequest;
import io.touchpoint.store.TouchpointStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Personal data never reaches the store: ingest redacts it, and analysis keeps the redaction's evidence. */
class RedactionAtIngestTest {

    private static final String CHAT = """
            {"id":"chat-pii","channel":"chat","startedAt":"2026-03-02T14:05:11Z","customer":{"id":"c-1"},\
            "turns":[{"speaker":"customer","text":"Please charge my card 4111 1111 1111 1111 today"},\
            {"speaker":"agent","text":"Thank you, done."}]}
            """;

    @TempDir
    Path work;

    private int touchpoint(String... args) {
        CommandLine commandLine = TouchpointCommand.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        assertThat(exit).as(err.toString()).isZero();
        return exit;
    }

    @Test
    void theCardNumberIsNeverStoredAndItsRedactionSurvivesReanalysis() throws IOException, SQLException {
        Path input = Files.writeString(work.resolve("chat.ndjson"), CHAT);
        Path data = work.resolve("data");

        touchpoint("ingest", input.toString(), "--data", data.toString());
        try (TouchpointStore store = TouchpointStore.open(data)) {
            assertThat(store.interaction("chat-pii").orElseThrow().turns().getFirst().text())
                    .isEqualTo("Please charge my card [CARD] today");
            assertThat(store.search(SearchRequest.of("4111", 10)).totalHits()).isZero();
            assertThat(rawTextContaining(store, "4111")).isZero();
            assertThat(cards(store)).hasSize(1);
        }

        touchpoint("analyze", "--data", data.toString(), "--sentiment-mode", "lexicon");
        touchpoint("analyze", "--all", "--data", data.toString(), "--sentiment-mode", "lexicon");

        try (TouchpointStore store = TouchpointStore.open(data)) {
            List<Finding> cards = cards(store);
            assertThat(cards).singleElement().satisfies(card -> {
                assertThat(card.label()).isEqualTo("redacted");
                // The evidence points at the original characters of the number.
                assertThat(card.evidence().getFirst().charStart()).isEqualTo(22);
                assertThat(card.evidence().getFirst().charEnd()).isEqualTo(41);
            });
        }
    }

    @Test
    void piiOffStoresTheTextAsItCame() throws IOException {
        Path input = Files.writeString(work.resolve("chat.ndjson"), CHAT);
        Path data = work.resolve("data");

        touchpoint("ingest", input.toString(), "--data", data.toString(), "--pii", "off");

        try (TouchpointStore store = TouchpointStore.open(data)) {
            assertThat(store.interaction("chat-pii").orElseThrow().turns().getFirst().text()).contains("4111 1111");
            assertThat(cards(store)).isEmpty();
        }
    }

    private static List<Finding> cards(TouchpointStore store) {
        return store.findings("chat-pii").stream().filter(finding -> finding.name().equals("CARD")).toList();
    }

    private static long rawTextContaining(TouchpointStore store, String needle) throws SQLException {
        try (Statement statement = store.duckdb().createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT count(*) FROM turns WHERE contains(text, '" + needle + "')")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
