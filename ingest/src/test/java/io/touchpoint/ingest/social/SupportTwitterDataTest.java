package io.touchpoint.ingest.social;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.ingest.ConnectorRegistry;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.progress.ProgressListener;
import io.touchpoint.core.testing.SharedData;
import io.touchpoint.ingest.CollectingSink;
import io.touchpoint.ingest.DeadLetterWriter;
import io.touchpoint.ingest.IngestJob;
import io.touchpoint.ingest.IngestReport;
import io.touchpoint.ingest.RecordingBatchWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hand-labelled TWCS subset in ../shared/data/support-twitter (see its SOURCE.md). */
class SupportTwitterDataTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: {2} threads from {1} posts")
    @CsvSource({
        "twcs-AmazonHelp-preprocessed-183.csv, 183, 90, AmazonHelp",
        "twcs-AppleSupport-preprocessed-116.csv, 116, 58, AppleSupport",
        "twcs-SpotifyCares-preprocessed-56.csv, 56, 27, SpotifyCares"})
    void threadsThePreprocessedConversationsAsSourceMdCounts(String file, int posts, int threads, String brand)
            throws IOException {
        Path csv = SharedData.data("support-twitter/csv/" + file);
        CollectingSink sink = new CollectingSink();
        new SocialPostConnector().read(csv, IngestOptions.defaults(), sink);

        assertThat(sink.rejected()).isEmpty();
        List<Interaction> interactions = sink.interactions();
        assertThat(interactions).hasSize(threads);
        assertThat(interactions.stream().mapToInt(i -> i.turns().size()).sum()).isEqualTo(posts);
        assertThat(interactions).allSatisfy(i -> {
            assertThat(i.id()).matches("social:\\d+");
            assertThat(i.channel()).isEqualTo(Channel.SOCIAL);
            assertThat(i.attributes()).containsEntry("company", brand);
            assertThat(i.turns()).isSortedAccordingTo(java.util.Comparator.comparingLong(io.touchpoint.core.model.Turn::startMs));
        });
        assertThat(interactions).filteredOn(i -> i.turns().stream().anyMatch(t -> t.speaker() == Speaker.AGENT))
                .isNotEmpty().allSatisfy(i -> assertThat(i.agentId()).isEqualTo(brand));
        assertThat(interactions).filteredOn(i -> i.turns().stream().anyMatch(t -> t.speaker() == Speaker.CUSTOMER))
                .allSatisfy(i -> assertThat(i.customer().handle()).matches("\\d+"));
    }

    @Test
    void ingestsTheWholeFolderAndSkipsTheLabelDefinitionTables() throws IOException {
        Path folder = SharedData.data("support-twitter/csv");
        RecordingBatchWriter writer = new RecordingBatchWriter();
        IngestReport report;
        try (DeadLetterWriter deadLetters = new DeadLetterWriter(dir.resolve("dead-letter.ndjson"))) {
            report = new IngestJob(ConnectorRegistry.load(), writer, deadLetters, IngestOptions.defaults(),
                    ProgressListener.NONE, 500).run(List.of(folder));
        }
        // 3 x (threads of the preprocessed file + 200 inbound + 100 outbound single-post threads)
        assertThat(report.storedByKind()).containsEntry("interactions", 90L + 58 + 27 + 3 * 300);
        assertThat(report.rejected()).isZero();
        assertThat(report.skippedFiles()).hasSize(6)
                .allSatisfy(skipped -> assertThat(skipped).containsAnyOf("-inbound-topics.csv", "-outbound-activities.csv"));
        assertThat(report.exitStatus()).isZero();
        assertThat(writer.batches.stream().mapToInt(IngestBatch::size).sum()).isEqualTo(90 + 58 + 27 + 900);
    }
}
