package io.touchpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentAccessTest {

    @TempDir
    Path dir;

    @Test
    void readersSeeOnlyWholeWritesWhileAWriterRuns() throws Exception {
        int batches = 15;
        int size = 40;
        int turns = 3;
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            ExecutorService readers = Executors.newFixedThreadPool(2);
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Future<Integer>> checks = new ArrayList<>();
            // Each reader checks that what it sees is a whole number of batches, never half of one.
            checks.add(readers.submit(() -> {
                int seen = 0;
                while (writing.get()) {
                    StoreStats stats = store.stats();
                    assertThat(stats.interactions() % size).isZero();
                    assertThat(stats.turns()).isLessThanOrEqualTo(stats.interactions() * turns);
                    seen++;
                }
                return seen;
            }));
            checks.add(readers.submit(() -> {
                int seen = 0;
                while (writing.get()) {
                    SearchResult result = store.search(SearchRequest.of("fee OR modem", 10));
                    assertThat(result.totalHits()).isGreaterThanOrEqualTo(result.hits().size());
                    assertThat(store.indexedTurns() % (size * turns)).isZero();
                    seen++;
                }
                return seen;
            }));
            for (int i = 0; i < batches; i++) {
                store.write(SampleData.syntheticBatch("w" + i, size, turns));
            }
            writing.set(false);
            for (Future<Integer> check : checks) {
                assertThat(check.get()).isPositive();
            }
            readers.shutdown();

            assertThat(store.stats().interactions()).isEqualTo((long) batches * size);
            assertThat(store.indexedTurns()).isEqualTo((long) batches * size * turns);
        }
    }

    @Test
    void lentConnectionSurvivesCallersThatCloseItAndThoseThatDoNot() throws Exception {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(SampleData.syntheticBatch("x", 5, 2));
            try (Connection connection = store.duckdb()) {
                assertThat(count(connection)).isEqualTo(5);
            }
            Connection again = store.duckdb();

            assertThat(again.isClosed()).isFalse();
            assertThat(count(again)).isEqualTo(5);
            store.write(SampleData.syntheticBatch("y", 5, 2));
            assertThat(count(store.duckdb())).isEqualTo(10);
        }
    }

    private static long count(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM interactions")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
