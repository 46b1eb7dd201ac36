package io.touchpoint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Analyzer;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.analysis.Pipeline;
import io.touchpoint.core.ingest.ConnectorRegistry;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Turn;
import io.touchpoint.core.progress.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Interactions pass through the preprocessing pipeline before the first write. */
class IngestPreprocessingTest {

    private static final String LINE = "{\"id\":\"%s\",\"channel\":\"chat\",\"startedAt\":\"2026-03-02T14:05:11Z\","
            + "\"turns\":[{\"speaker\":\"customer\",\"text\":\"my pin is %s\"}]}\n";

    @TempDir
    Path dir;

    /** Masks digits, as a redactor would, and reports how many it masked. */
    private static final Analyzer MASK_DIGITS = new Analyzer() {
        @Override
        public String name() {
            return "mask";
        }

        @Override
        public AnalyzedInteraction analyze(AnalyzedInteraction input) {
            if (input.interaction().id().equals("boom")) {
                throw new IllegalStateException("cannot read this one");
            }
            List<Turn> turns = input.interaction().turns().stream()
                    .map(turn -> turn.withText(turn.text().replaceAll("\\d", "#"))).toList();
            return input.withInteraction(input.interaction().withTurns(turns))
                    .plus(List.of(Finding.metric("mask", "masked", 1)));
        }
    };

    @Test
    void storesOnlyThePreprocessedTextWithItsFindings() throws IOException {
        Path input = dir.resolve("in.ndjson");
        Files.writeString(input, LINE.formatted("c-1", "1234") + LINE.formatted("c-2", "9876"));
        RecordingBatchWriter writer = new RecordingBatchWriter();

        try (DeadLetterWriter deadLetters = new DeadLetterWriter(dir.resolve("dead-letter.ndjson"))) {
            new IngestJob(ConnectorRegistry.load(), writer, deadLetters, IngestOptions.defaults(), ProgressListener.NONE, 10)
                    .withPreprocessing(new Pipeline(List.of(MASK_DIGITS))).run(List.of(input));
        }

        List<Interaction> stored = writer.batches.stream().flatMap(batch -> batch.interactions().stream()).toList();
        assertThat(stored).extracting(interaction -> interaction.turns().getFirst().text())
                .containsExactly("my pin is ####", "my pin is ####");
        IngestBatch batch = writer.batches.getFirst();
        assertThat(batch.findings()).containsOnlyKeys("c-1", "c-2");
        assertThat(batch.findings().get("c-1")).extracting(Finding::analyzer).containsExactly("mask");
    }

    @Test
    void anInteractionThePipelineFailsOnGoesToTheDeadLetterFileAndTheRestIsStored() throws IOException {
        Path input = dir.resolve("in.ndjson");
        Files.writeString(input, LINE.formatted("c-1", "1") + LINE.formatted("boom", "2") + LINE.formatted("c-3", "3"));
        RecordingBatchWriter writer = new RecordingBatchWriter();
        Path deadLetterFile = dir.resolve("dead-letter.ndjson");

        IngestReport report;
        try (DeadLetterWriter deadLetters = new DeadLetterWriter(deadLetterFile)) {
            report = new IngestJob(ConnectorRegistry.load(), writer, deadLetters, IngestOptions.defaults(),
                    ProgressListener.NONE, 10).withPreprocessing(new Pipeline(List.of(MASK_DIGITS))).run(List.of(input));
        }

        assertThat(report.rejected()).isEqualTo(1);
        assertThat(writer.batches.stream().flatMap(batch -> batch.interactions().stream()).map(Interaction::id))
                .containsExactly("c-1", "c-3");
        assertThat(Files.readString(deadLetterFile)).contains("boom").contains("cannot read this one");
    }
}
