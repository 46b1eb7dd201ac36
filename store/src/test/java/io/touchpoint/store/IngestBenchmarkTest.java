package io.touchpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the ingest benchmark small, to keep it working; the figure it logs is no assertion (the
 * machine is shared). The real measurement: {@link IngestBenchmark#main}.
 */
class IngestBenchmarkTest {

    private static final Logger LOG = LoggerFactory.getLogger(IngestBenchmarkTest.class);

    @TempDir
    Path dir;

    @Test
    void benchmarkStoresEverythingItWrites() {
        IngestBenchmark.Result result = IngestBenchmark.run(dir, 3_000, 500, 10);
        LOG.warn("Ingest benchmark (cold JVM, small): {}", result);

        assertThat(result.interactions()).isEqualTo(3_000);
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            assertThat(store.stats().interactions()).isEqualTo(3_000);
            assertThat(store.stats().turns()).isEqualTo(30_000);
            assertThat(store.indexedTurns()).isEqualTo(30_000);
        }
    }
}
