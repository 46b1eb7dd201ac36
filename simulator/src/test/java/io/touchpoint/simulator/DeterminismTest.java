package io.touchpoint.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @TempDir
    Path folder;

    @Test
    void sameSeedAndSizeGiveByteIdenticalFiles() throws IOException {
        WrittenFiles first = SimulationWriter.write(generate(800, 4242L), folder.resolve("first"));
        WrittenFiles second = SimulationWriter.write(generate(800, 4242L), folder.resolve("second"));

        for (int i = 0; i < first.all().size(); i++) {
            Path a = first.all().get(i);
            Path b = second.all().get(i);
            assertThat(Files.mismatch(a, b)).as(a.getFileName().toString()).isEqualTo(-1L);
        }
    }

    @Test
    void differentSeedGivesDifferentContent() throws IOException {
        WrittenFiles first = SimulationWriter.write(generate(800, 1L), folder.resolve("one"));
        WrittenFiles second = SimulationWriter.write(generate(800, 2L), folder.resolve("two"));

        assertThat(Files.mismatch(first.interactions(), second.interactions())).isNotEqualTo(-1L);
        assertThat(Files.mismatch(first.customers(), second.customers())).isNotEqualTo(-1L);
        assertThat(Files.mismatch(first.mailbox(), second.mailbox())).isNotEqualTo(-1L);
    }

    @Test
    void generatingTwiceInOneJvmGivesEqualRecords() {
        SimulatedContactCenter a = generate(300, 9L);
        SimulatedContactCenter b = generate(300, 9L);

        assertThat(a.interactions()).isEqualTo(b.interactions());
        assertThat(a.customers()).isEqualTo(b.customers());
        assertThat(a.desktopEvents()).isEqualTo(b.desktopEvents());
        assertThat(a.truth()).isEqualTo(b.truth());
    }

    @Test
    void tinyRunsStillProduceExactlyTheRequestedCount() {
        for (int size : new int[] {1, 7, 60}) {
            assertThat(generate(size, 3L).interactions()).as("size " + size).hasSize(size);
        }
    }

    private static SimulatedContactCenter generate(int interactions, long seed) {
        return new ContactCenterSimulator(SimulationConfig.of(interactions, seed)).generate();
    }
}
