package io.touchpoint.ingest.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.ingest.IngestRecord;
import io.touchpoint.core.model.DesktopEventType;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.ingest.CollectingSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NdjsonConnectorTest {

    private static final String GOOD = """
            {"id":"c-1","channel":"voice","startedAt":"2026-03-02T14:05:11Z","turns":[{"speaker":"agent","startMs":0,"endMs":900,"text":"hello"}]}""";

    @TempDir
    Path dir;

    private final NdjsonConnector connector = new NdjsonConnector();

    private CollectingSink read(Path file, IngestOptions options) throws IOException {
        CollectingSink sink = new CollectingSink();
        connector.read(file, options, sink);
        return sink;
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsInteractionsAndDesktopEventsAndSkipsBlankLines() throws IOException {
        Path file = write("mixed.ndjson", GOOD + "\n\n"
                + "{\"agentId\":\"A-7\",\"timestamp\":\"2026-03-02T14:06:00Z\",\"type\":\"app_focus\",\"application\":\"CRM\"}\r\n");
        CollectingSink sink = read(file, IngestOptions.defaults());
        assertThat(sink.rejected()).isEmpty();
        assertThat(sink.interactions()).extracting(Interaction::id).containsExactly("c-1");
        assertThat(sink.desktopEvents()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(DesktopEventType.APP_FOCUS);
            assertThat(event.application()).isEqualTo("CRM");
        });
        assertThat(sink.records.get(1).location().position()).isEqualTo(3);
        assertThat(sink.lastProgress).isEqualTo(Files.size(file));
    }

    @Test
    void normalisesCustomerPhoneAndEmail() throws IOException {
        Path file = write("calls.jsonl", """
                {"id":"c-2","channel":"voice","startedAt":"2026-03-02T14:05:11Z","customer":{"email":"Ann@Example.COM","phone":"(555) 123-4567"}}
                {"id":"c-3","channel":"sms","startedAt":"2026-03-02T14:05:11Z","customer":{"phone":"ask reception"}}
                """);
        CollectingSink sink = read(file, IngestOptions.defaults());
        assertThat(sink.interactions()).extracting(i -> i.customer().phone()).containsExactly("+15551234567", "ask reception");
        assertThat(sink.interactions().get(0).customer().email()).isEqualTo("ann@example.com");
    }

    @Test
    void rejectsRecordWithUnknownChannel() throws IOException {
        CollectingSink sink = read(write("a.ndjson", GOOD.replace("\"voice\"", "\"fax\"") + "\n" + GOOD + "\n"),
                IngestOptions.defaults());
        assertThat(sink.interactions()).hasSize(1);
        IngestRecord.Rejected rejected = sink.rejected().getFirst();
        assertThat(rejected.field()).isEqualTo("channel");
        assertThat(rejected.reason()).contains("'fax'").contains("voice, chat, email, social, sms, webform");
        assertThat(rejected.message()).startsWith("line 1 of a.ndjson: channel: ");
    }

    @Test
    void rejectsRecordWithInvalidTimestamp() throws IOException {
        CollectingSink sink = read(write("a.ndjson", GOOD + "\n" + GOOD.replace("2026-03-02T14:05:11Z", "yesterday") + "\n"),
                IngestOptions.defaults());
        IngestRecord.Rejected rejected = sink.rejected().getFirst();
        assertThat(rejected.location()).isEqualTo(io.touchpoint.core.ingest.SourceLocation.line("a.ndjson", 2));
        assertThat(rejected.field()).isEqualTo("startedAt");
        assertThat(rejected.reason()).startsWith("'yesterday' is not an ISO-8601 instant");
    }

    @Test
    void rejectsRecordWithMissingRequiredField() throws IOException {
        CollectingSink sink = read(write("a.ndjson", "{\"channel\":\"chat\",\"startedAt\":\"2026-03-02T14:05:11Z\"}\n"
                + "{\"agentId\":\"A-1\",\"type\":\"url\"}\n"), IngestOptions.defaults());
        assertThat(sink.rejected()).extracting(IngestRecord.Rejected::field, IngestRecord.Rejected::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("id", "is missing"),
                        org.assertj.core.groups.Tuple.tuple("timestamp", "is missing"));
    }

    @Test
    void rejectsMalformedJsonAndReadsTheRest() throws IOException {
        CollectingSink sink = read(write("a.ndjson", "{\"id\":\"x\",\n" + GOOD + "\n{\"id\":1} trailing\n"),
                IngestOptions.defaults());
        assertThat(sink.interactions()).hasSize(1);
        assertThat(sink.rejected()).hasSize(2).allSatisfy(rejected -> {
            assertThat(rejected.field()).isEqualTo("(record)");
            assertThat(rejected.reason()).startsWith("malformed JSON: ");
        });
        assertThat(sink.rejected().getFirst().raw()).isEqualTo("{\"id\":\"x\",");
    }

    @Test
    void rejectsInvalidUtf8WithItsBytePosition() throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes("{\"id\":\"caf".getBytes(StandardCharsets.UTF_8));
        content.write(0xE9); // Latin-1 é: not UTF-8
        content.writeBytes("\",\"channel\":\"chat\",\"startedAt\":\"2026-03-02T14:05:11Z\"}\n".getBytes(StandardCharsets.UTF_8));
        content.writeBytes((GOOD + "\n").getBytes(StandardCharsets.UTF_8));
        CollectingSink sink = read(write("a.ndjson", content.toByteArray()), IngestOptions.defaults());
        assertThat(sink.interactions()).hasSize(1);
        IngestRecord.Rejected rejected = sink.rejected().getFirst();
        assertThat(rejected.reason()).isEqualTo("invalid UTF-8 at byte 11");
        assertThat(rejected.raw()).startsWith("{\"id\":\"caf");
    }

    @Test
    void rejectsOversizedLineWithoutStoppingTheBatch() throws IOException {
        IngestOptions options = new IngestOptions(1024, "US", Map.of());
        String big = "{\"id\":\"big\",\"channel\":\"chat\",\"startedAt\":\"2026-03-02T14:05:11Z\",\"attributes\":{\"x\":\""
                + "a".repeat(5000) + "\"}}";
        CollectingSink sink = read(write("a.ndjson", big + "\n" + GOOD + "\n"), options);
        assertThat(sink.interactions()).hasSize(1);
        IngestRecord.Rejected rejected = sink.rejected().getFirst();
        assertThat(rejected.reason()).isEqualTo("oversized: " + big.length() + " bytes, limit 1024");
        assertThat(rejected.raw()).hasSize(NdjsonConnector.RAW_PREVIEW_BYTES);
    }

    @Test
    void rejectsTruncatedLastLine() throws IOException {
        CollectingSink sink = read(write("a.ndjson", GOOD + "\n" + GOOD.substring(0, 40)), IngestOptions.defaults());
        assertThat(sink.interactions()).hasSize(1);
        assertThat(sink.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.reason()).startsWith("truncated");
            assertThat(rejected.location().position()).isEqualTo(2);
        });
    }

    @Test
    void acceptsCompleteLastLineWithoutNewline() throws IOException {
        CollectingSink sink = read(write("a.ndjson", GOOD + "\n" + GOOD.replace("c-1", "c-2")), IngestOptions.defaults());
        assertThat(sink.interactions()).extracting(Interaction::id).containsExactly("c-1", "c-2");
    }

    @Test
    void claimsNdjsonAndJsonlFilesOnly() {
        assertThat(connector.canRead(Path.of("x/calls.NDJSON"))).isTrue();
        assertThat(connector.canRead(Path.of("calls.jsonl"))).isTrue();
        assertThat(connector.canRead(Path.of("calls.json"))).isFalse();
    }
}
