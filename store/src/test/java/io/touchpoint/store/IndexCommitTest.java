package io.touchpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.Channel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest writes are searchable at once but committed to the index only now and then (DuckDB is
 * the record); a failure or a close never loses what the index had not committed.
 */
class IndexCommitTest {

    @TempDir
    Path dir;

    /** Turn documents in the index's last commit, as another reader of the folder sees them. */
    private long committedDocuments() throws IOException {
        try (Directory directory = FSDirectory.open(dir.resolve(TouchpointStore.INDEX_FOLDER))) {
            if (!DirectoryReader.indexExists(directory)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return reader.numDocs();
            }
        }
    }

    @Test
    void ingestWritesAreSearchableBeforeTheIndexCommitsAndDurableAfterClose() throws IOException {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.indexCommitInterval(Duration.ofHours(1));
            store.write(SampleData.syntheticBatch("a", 40, 3));
            store.write(IngestBatch.ofInteractions(List.of(SampleData.simple("needle", Channel.CHAT, SampleData.T0,
                    null, "the zeppelin arrived late"))));

            assertThat(store.search(SearchRequest.of("zeppelin", 10)).totalHits()).isEqualTo(1);
            assertThat(store.indexedTurns()).isEqualTo(121);
            assertThat(committedDocuments()).isZero();
        }

        assertThat(committedDocuments()).isEqualTo(121);
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            assertThat(store.indexedTurns()).isEqualTo(121);
            assertThat(store.search(SearchRequest.of("zeppelin", 10)).totalHits()).isEqualTo(1);
        }
    }

    @Test
    void failedWriteKeepsTheEarlierWritesTheIndexHadNotCommitted() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.indexCommitInterval(Duration.ofHours(1));
            store.write(SampleData.syntheticBatch("a", 30, 2));
            store.write(IngestBatch.ofInteractions(List.of(SampleData.simple("needle", Channel.CHAT, SampleData.T0,
                    null, "the zeppelin arrived late"))));
            store.failAt(Failpoints.BEFORE_COMMIT);

            assertThatThrownBy(() -> store.write(IngestBatch.ofInteractions(List.of(SampleData.simple("other",
                    Channel.CHAT, SampleData.T0, null, "a balloon instead")))))
                    .isInstanceOf(TouchpointException.class);

            assertThat(store.search(SearchRequest.of("zeppelin", 10)).totalHits()).isEqualTo(1);
            assertThat(store.search(SearchRequest.of("balloon", 10)).totalHits()).isZero();
            assertThat(store.indexedTurns()).isEqualTo(store.stats().turns()).isEqualTo(61);
        }
    }

    @Test
    void writesTheIndexLostInAFailedWriteAreCaughtUpAtTheNextOpenEvenIfReindexingFailed() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.indexCommitInterval(Duration.ofHours(1));
            store.write(IngestBatch.ofInteractions(List.of(SampleData.simple("needle", Channel.CHAT, SampleData.T0,
                    null, "the zeppelin arrived late"))));
            store.failAt(Failpoints.BEFORE_COMMIT);
            store.failAt(Failpoints.REINDEX);

            assertThatThrownBy(() -> store.write(IngestBatch.ofInteractions(List.of(SampleData.simple("other",
                    Channel.CHAT, SampleData.T0, null, "a balloon instead")))))
                    .isInstanceOf(TouchpointException.class);
            store.stopFailing();
        }

        // The close must not have committed the index as complete: the open re-indexes the write.
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            assertThat(store.search(SearchRequest.of("zeppelin", 10)).totalHits()).isEqualTo(1);
            assertThat(store.indexedTurns()).isEqualTo(store.stats().turns()).isEqualTo(1);
        }
    }

    @Test
    void analysisWritesCommitTheIndexAtOnce() throws IOException {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.indexCommitInterval(Duration.ofHours(1));
            store.write(SampleData.syntheticBatch("a", 10, 2));
            assertThat(committedDocuments()).isZero();

            store.writeAnalysis(List.of(new AnalyzedInteraction(store.interaction("a-1").orElseThrow(), List.of())), "v1");

            // Redacted text replaces the original in the index durably, with every write before it.
            assertThat(committedDocuments()).isEqualTo(20);
        }
    }
}
