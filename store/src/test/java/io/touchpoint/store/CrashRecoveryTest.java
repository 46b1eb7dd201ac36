package io.touchpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.TouchpointException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed in the middle of ingest leaves a store that opens cleanly, holds only whole
 * batches, and after a re-run holds everything exactly once, in DuckDB and in Lucene.
 */
class CrashRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void killedIngestRestartsCleanlyAndARerunLosesAndDoublesNothing() throws Exception {
        Path data = dir.resolve("data");
        Path childLog = dir.resolve("child.log");
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Xmx256m",
                "-cp", System.getProperty("java.class.path"),
                CrashingIngestMain.class.getName(),
                data.toString())
                .redirectError(childLog.toFile())
                .start();
        int committed = -1;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    committed = Integer.parseInt(line.substring("committed ".length()));
                    if (committed == 2) {
                        assertOpenIsRefusedWhileTheChildHoldsTheStore(data);
                    }
                    if (committed >= 3) {
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(committed).as("batches the child committed before the kill; its log:\n%s",
                Files.exists(childLog) ? Files.readString(childLog) : "(none)").isGreaterThanOrEqualTo(3);

        try (TouchpointStore store = TouchpointStore.open(data)) {
            StoreStats afterCrash = store.stats();
            // Whole batches only: the one being written when the kill came is all there or absent.
            assertThat(afterCrash.interactions() % CrashingIngestMain.BATCH_SIZE).isZero();
            assertThat(afterCrash.interactions()).isGreaterThanOrEqualTo(4L * CrashingIngestMain.BATCH_SIZE);
            assertThat(afterCrash.turns()).isEqualTo(afterCrash.interactions() * CrashingIngestMain.TURNS);
            assertThat(store.indexedTurns()).isEqualTo(afterCrash.turns());
            for (int i = 0; i < CrashingIngestMain.BATCHES; i++) {
                store.write(CrashingIngestMain.batch(i));
            }
            long interactions = (long) CrashingIngestMain.BATCHES * CrashingIngestMain.BATCH_SIZE;
            StoreStats stats = store.stats();
            assertThat(stats.interactions()).isEqualTo(interactions);
            assertThat(stats.turns()).isEqualTo(interactions * CrashingIngestMain.TURNS);
            assertThat(BatchWriteTest.count(store,
                    "SELECT count(*) FROM (SELECT DISTINCT interaction_id, turn_index FROM turns)"))
                    .isEqualTo(stats.turns());
            assertThat(store.indexedTurns()).isEqualTo(stats.turns());
            assertThat(store.search(SearchRequest.of("interaction:crash7-42", 100)).totalHits())
                    .isEqualTo(CrashingIngestMain.TURNS);
        }
        try (TouchpointStore reopened = TouchpointStore.open(data)) {
            assertThat(reopened.indexedTurns()).isEqualTo(reopened.stats().turns());
        }
    }

    private static void assertOpenIsRefusedWhileTheChildHoldsTheStore(Path data) {
        assertThatThrownBy(() -> TouchpointStore.open(data))
                .isInstanceOfSatisfying(TouchpointException.class,
                        e -> assertThat(e.kind()).isEqualTo(TouchpointException.Kind.USER_ERROR))
                .hasMessageContaining("in use by another process");
    }
}
