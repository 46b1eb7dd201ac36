package io.touchpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.ingest.IngestBatch;
import io.touchpoint.core.model.Channel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB is the source of truth: a missing, damaged, stale or foreign index is rebuilt from it. */
class IndexRecoveryTest {

    @TempDir
    Path dir;

    private Path index() {
        return dir.resolve(TouchpointStore.INDEX_FOLDER);
    }

    private void fill() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(SampleData.syntheticBatch("a", 100, 4));
            store.write(IngestBatch.ofInteractions(List.of(SampleData.simple("needle", Channel.CHAT, SampleData.T0,
                    null, "the zeppelin arrived late"))));
        }
    }

    private static void assertIndexMatchesDatabase(TouchpointStore store) {
        assertThat(store.indexedTurns()).isEqualTo(store.stats().turns());
        assertThat(store.search(SearchRequest.of("zeppelin", 10)).hits())
                .singleElement().extracting(SearchHit::interactionId).isEqualTo("needle");
    }

    @Test
    void missingIndexFolderIsRebuilt() throws IOException {
        fill();
        deleteTree(index());

        try (TouchpointStore store = TouchpointStore.open(dir)) {
            assertIndexMatchesDatabase(store);
            assertThat(store.indexedTurns()).isEqualTo(401);
        }
    }

    @Test
    void corruptIndexIsRebuilt() throws IOException {
        fill();
        try (Stream<Path> files = Files.list(index())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(file, "not a lucene commit".getBytes());
            }
        }

        try (TouchpointStore store = TouchpointStore.open(dir)) {
            assertIndexMatchesDatabase(store);
        }
    }

    @Test
    void indexBehindTheDatabaseCatchesUpWithoutDuplicates() throws IOException {
        Path stale = dir.resolveSibling(dir.getFileName() + "-stale-index");
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(SampleData.syntheticBatch("a", 100, 4));
        }
        copyTree(index(), stale);
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            // Changes an interaction the stale index has, and adds new ones.
            store.write(IngestBatch.ofInteractions(List.of(SampleData.simple("a-0", Channel.CHAT, SampleData.T0, null,
                    "the zeppelin replaced everything"))));
            store.write(SampleData.syntheticBatch("b", 50, 4));
        }
        deleteTree(index());
        copyTree(stale, index());

        try (TouchpointStore store = TouchpointStore.open(dir)) {
            assertThat(store.stats().turns()).isEqualTo(99 * 4 + 1 + 50 * 4);
            assertThat(store.search(SearchRequest.of("zeppelin", 10)).hits())
                    .singleElement().extracting(SearchHit::interactionId).isEqualTo("a-0");
            assertThat(store.indexedTurns()).isEqualTo(store.stats().turns());
        } finally {
            deleteTree(stale);
        }
    }

    @Test
    void indexOfAnotherStoreIsReplaced() throws IOException {
        Path other = dir.resolveSibling(dir.getFileName() + "-other");
        try (TouchpointStore store = TouchpointStore.open(other)) {
            store.write(SampleData.syntheticBatch("other", 300, 4));
        }
        fill();
        deleteTree(index());
        copyTree(other.resolve(TouchpointStore.INDEX_FOLDER), index());

        try (TouchpointStore store = TouchpointStore.open(dir)) {
            assertIndexMatchesDatabase(store);
            assertThat(store.search(SearchRequest.of("interaction:other-1", 10)).totalHits()).isZero();
        } finally {
            deleteTree(other);
        }
    }

    @Test
    void reindexRebuildsTheSameIndex() {
        fill();
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            long before = store.search(SearchRequest.of("late", 1000)).totalHits();

            store.reindex();

            assertIndexMatchesDatabase(store);
            assertThat(store.search(SearchRequest.of("late", 1000)).totalHits()).isEqualTo(before);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path source : tree.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().equals("write.lock")) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
