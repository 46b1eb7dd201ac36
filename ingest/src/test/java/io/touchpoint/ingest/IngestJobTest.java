package io.touchpoint.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.ingest.ConnectorRegistry;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.progress.ProgressListener;
import io.touchpoint.ingest.canonical.CanonicalJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestJobTest {

    private static final String LINE = "{\"id\":\"%s\",\"channel\":\"chat\",\"startedAt\":\"2026-03-02T14:05:11Z\","
            + "\"turns\":[{\"speaker\":\"customer\",\"text\":\"hi\"}]}";

    @TempDir
    Path dir;

    private final RecordingBatchWriter writer = new RecordingBatchWriter();

    private IngestReport run(IngestOptions options, int batchSize, ProgressListener progress, Path... inputs) throws IOException {
        try (DeadLetterWriter deadLetters = new DeadLetterWriter(dir.resolve("out/dead-letter.ndjson"))) {
            return new IngestJob(ConnectorRegistry.load(), writer, deadLetters, options, progress, batchSize)
                    .run(List.of(inputs));
        }
    }

    private IngestReport run(Path... inputs) throws IOException {
        return run(IngestOptions.defaults(), 2, ProgressListener.NONE, inputs);
    }

    private static String lines(String... ids) {
        StringBuilder text = new StringBuilder();
        for (String id : ids) {
            text.append(LINE.formatted(id)).append('\n');
        }
        return text.toString();
    }

    @Test
    void storesEverythingInBatchesAndExitsZero() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("a.ndjson"), lines("c-1", "c-2", "c-3"));
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/agents.csv"), "id,name,team,skill\nA-1,Dana,billing,senior\n");

        IngestReport report = run(folder);

        assertThat(report.exitStatus()).isEqualTo(IngestReport.EXIT_OK);
        assertThat(report.read()).isEqualTo(4);
        assertThat(report.stored()).isEqualTo(4);
        assertThat(report.storedByKind()).containsEntry("interactions", 3L).containsEntry("agents", 1L);
        assertThat(writer.batches).extracting(IngestBatch::size).containsExactly(2, 2);
        assertThat(report.deadLetterFile()).isEmpty();
        assertThat(dir.resolve("out/dead-letter.ndjson")).doesNotExist();
    }

    @Test
    void sendsEveryKindOfBadRecordToTheDeadLetterFileAndExitsThree() throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(lines("ok-1").getBytes(StandardCharsets.UTF_8));
        content.writeBytes("{\"id\":\"broken\",\n".getBytes(StandardCharsets.UTF_8));                                  // 2 malformed
        content.writeBytes("{\"channel\":\"chat\",\"startedAt\":\"2026-03-02T14:05:11Z\"}\n".getBytes(StandardCharsets.UTF_8)); // 3 missing id
        content.writeBytes(LINE.formatted("fax").replace("\"chat\"", "\"fax\"").concat("\n").getBytes(StandardCharsets.UTF_8)); // 4
        content.writeBytes(LINE.formatted("when").replace("2026-03-02T14:05:11Z", "yesterday").concat("\n")
                .getBytes(StandardCharsets.UTF_8));                                                                   // 5
        byte[] latin1 = LINE.formatted("caf\u00e9").concat("\n").getBytes(StandardCharsets.ISO_8859_1);               // 6
        content.writeBytes(latin1);
        content.writeBytes(LINE.formatted("x".repeat(2000)).concat("\n").getBytes(StandardCharsets.UTF_8));           // 7 oversized
        content.writeBytes(lines("ok-2").getBytes(StandardCharsets.UTF_8));                                           // 8
        content.writeBytes(LINE.formatted("cut").substring(0, 30).getBytes(StandardCharsets.UTF_8));                  // 9 truncated
        Path file = Files.write(dir.resolve("calls.ndjson"), content.toByteArray());

        IngestReport report = run(new IngestOptions(1024, "US", Map.of()), 100, ProgressListener.NONE, file);

        assertThat(report.exitStatus()).isEqualTo(IngestReport.EXIT_SOME_REJECTED);
        assertThat(report.stored()).isEqualTo(2);
        assertThat(report.rejected()).isEqualTo(7);
        assertThat(writer.batches.getFirst().interactions()).extracting(Interaction::id).containsExactly("ok-1", "ok-2");
        Path deadLetterFile = report.deadLetterFile().orElseThrow();
        List<JsonNode> entries = new ArrayList<>();
        for (String line : Files.readAllLines(deadLetterFile)) {
            entries.add(CanonicalJson.mapper().readTree(line));
        }
        assertThat(entries).extracting(e -> e.get("position").asLong()).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 9L);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("source").asText()).isEqualTo("calls.ndjson");
            assertThat(e.get("unit").asText()).isEqualTo("line");
            assertThat(e.get("rejectedAt").asText()).isNotBlank();
        });
        assertThat(entries).extracting(e -> e.get("field").asText() + ": " + e.get("reason").asText()).satisfiesExactly(
                malformed -> assertThat(malformed).startsWith("(record): malformed JSON: "),
                missing -> assertThat(missing).isEqualTo("id: is missing"),
                channel -> assertThat(channel).startsWith("channel: unknown channel 'fax'"),
                timestamp -> assertThat(timestamp).startsWith("startedAt: 'yesterday' is not an ISO-8601 instant"),
                utf8 -> assertThat(utf8).isEqualTo("(record): invalid UTF-8 at byte 11"),
                oversized -> assertThat(oversized).startsWith("(record): oversized: "),
                truncated -> assertThat(truncated).startsWith("(record): truncated"));
        JsonNode invalidUtf8 = entries.get(4);
        assertThat(Base64.getDecoder().decode(invalidUtf8.get("rawBase64").asText()))
                .isEqualTo(java.util.Arrays.copyOf(latin1, latin1.length - 1));
        assertThat(invalidUtf8.get("raw").asText()).contains("caf\uFFFD");
        assertThat(entries.getFirst().has("rawBase64")).isFalse();
    }

    @Test
    void exitsFourWhenNothingCanBeRead() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.ndjson"), "\n\n");
        Path unknown = Files.writeString(dir.resolve("notes.txt"), "hello");

        IngestReport report = run(empty, unknown, dir.resolve("missing.ndjson"));

        assertThat(report.exitStatus()).isEqualTo(IngestReport.EXIT_NOTHING_READ);
        assertThat(report.skippedFiles()).singleElement().asString().contains("notes.txt").contains("no connector reads");
        assertThat(report.sourceErrors()).singleElement().asString().contains("missing.ndjson");
    }

    @Test
    void aSourceThatFailsIsReportedAndTheRunGoesOn() throws IOException {
        Path good = Files.writeString(dir.resolve("good.ndjson"), lines("c-1"));
        Path badCsv = Files.writeString(dir.resolve("calls.csv"), "who,what\nx,y\n");
        IngestOptions mapped = IngestOptions.defaults().withSettings(Map.of("csv.column.text", "body"));

        IngestReport report = run(mapped, 10, ProgressListener.NONE, good, badCsv);

        assertThat(report.stored()).isEqualTo(1);
        assertThat(report.sourceErrors()).singleElement().asString()
                .contains("csv.column.text maps to column 'body'").contains("calls.csv");
        assertThat(report.exitStatus()).isEqualTo(IngestReport.EXIT_SOME_REJECTED);
    }

    @Test
    void skipsHiddenFilesAndEarlierDeadLetterFiles() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("a.ndjson"), lines("c-1"));
        Files.writeString(folder.resolve(".hidden.ndjson"), lines("c-2"));
        Files.createDirectories(folder.resolve(".store"));
        Files.writeString(folder.resolve(".store/c.ndjson"), lines("c-3"));
        Files.writeString(folder.resolve("dead-letter.ndjson"), "{\"source\":\"x\"}\n");
        Files.createDirectories(folder.resolve("dead-letter"));
        Files.writeString(folder.resolve("dead-letter/ingest-20260302.ndjson"), "{\"source\":\"x\"}\n");
        Files.createDirectories(folder.resolve("data"));
        Files.writeString(folder.resolve("data/d.ndjson"), lines("c-4"));

        IngestReport report;
        try (DeadLetterWriter deadLetters = new DeadLetterWriter(dir.resolve("dl.ndjson"))) {
            report = new IngestJob(ConnectorRegistry.load(), writer, deadLetters, IngestOptions.defaults(),
                    ProgressListener.NONE, 10, List.of(folder.resolve("data"))).run(List.of(folder));
        }
        assertThat(report.stored()).isEqualTo(1);
        assertThat(writer.batches.getFirst().interactions()).extracting(Interaction::id).containsExactly("c-1");
        assertThat(report.exitStatus()).isZero();
    }

    @Test
    void reportsProgressOverTheTotalBytes() throws IOException {
        Path a = Files.writeString(dir.resolve("a.ndjson"), lines("c-1", "c-2"));
        Path b = Files.writeString(dir.resolve("b.ndjson"), lines("c-3"));
        List<Long> advances = new ArrayList<>();
        long[] total = {0};
        ProgressListener listener = new ProgressListener() {
            @Override
            public void start(String task, long totalWork) {
                total[0] = totalWork;
            }

            @Override
            public void advance(long work) {
                advances.add(work);
            }

            @Override
            public void finish() {
            }
        };
        run(IngestOptions.defaults(), 10, listener, a, b);
        assertThat(total[0]).isEqualTo(Files.size(a) + Files.size(b));
        assertThat(advances.stream().mapToLong(Long::longValue).sum()).isEqualTo(total[0]);
        assertThat(advances).hasSizeGreaterThan(2).allSatisfy(step -> assertThat(step).isPositive());
    }

    @Test
    void aStoreFailureStopsTheRun() throws IOException {
        Path a = Files.writeString(dir.resolve("a.ndjson"), lines("c-1", "c-2", "c-3"));
        try (DeadLetterWriter deadLetters = new DeadLetterWriter(dir.resolve("dl.ndjson"))) {
            IngestJob job = new IngestJob(ConnectorRegistry.load(), batch -> {
                throw TouchpointException.external("disk full", null);
            }, deadLetters, IngestOptions.defaults(), ProgressListener.NONE, 1);
            assertThatThrownBy(() -> job.run(List.of(a))).isInstanceOf(TouchpointException.class).hasMessage("disk full");
        }
    }

    @Test
    void threadsEmailAcrossTheFilesOfAFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("mail"));
        Files.writeString(folder.resolve("a.eml"), """
                From: ann@example.com
                Date: Mon, 2 Mar 2026 09:00:00 +0000
                Message-ID: <m1@example.com>

                Question.
                """);
        Files.writeString(folder.resolve("b.eml"), """
                From: help@support.example.com
                Date: Mon, 2 Mar 2026 10:00:00 +0000
                Message-ID: <m2@example.com>
                In-Reply-To: <m1@example.com>

                Answer.
                """);
        IngestReport report = run(folder);
        assertThat(report.storedByKind()).containsEntry("interactions", 1L);
        assertThat(writer.batches.getFirst().interactions().getFirst().turns()).hasSize(2);
    }
}
