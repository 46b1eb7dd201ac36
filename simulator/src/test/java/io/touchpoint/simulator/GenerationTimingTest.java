package io.touchpoint.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports how long 10,000 interactions take to generate and write. A report, not a benchmark: timings on a
 * shared machine vary, so nothing is asserted about them.
 */
class GenerationTimingTest {

    private static final Logger LOG = LoggerFactory.getLogger(GenerationTimingTest.class);

    @Test
    void reportsTimeForTenThousandInteractions(@TempDir Path folder) throws IOException {
        long start = System.nanoTime();
        SimulatedContactCenter center = new ContactCenterSimulator(SimulationConfig.of(10_000, 10L)).generate();
        long generated = System.nanoTime();
        SimulationWriter.write(center, folder);
        long written = System.nanoTime();

        String report = String.format("simulator timing: 10,000 interactions generated in %d ms, written in %d ms",
                (generated - start) / 1_000_000, (written - generated) / 1_000_000);
        LOG.info(report);
        System.out.println(report);
        assertThat(center.interactions()).hasSize(10_000);
    }
}
