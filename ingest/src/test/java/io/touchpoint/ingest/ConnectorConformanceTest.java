package io.touchpoint.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.ingest.Connector;
import io.touchpoint.core.ingest.ConnectorRegistry;
import io.touchpoint.core.ingest.IngestOptions;
import io.touchpoint.core.ingest.IngestRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every connector passes: what it writes in its own format it reads back equal, a
 * bad record is rejected with its location and field while the rest is read, it claims its files
 * through the service registry, and a missing source is an I/O error rather than a rejection.
 * Each connector's test extends this class and supplies a writer for its format.
 */
public abstract class ConnectorConformanceTest {

    @TempDir
    protected Path dir;

    /** The connector under test. */
    protected abstract Connector connector();

    /** Domain records (Interaction, Customer, Agent, DesktopEvent) that the format can express. */
    protected abstract List<Object> sample();

    /** Writes {@code records} in the connector's format; returns the file. */
    protected abstract Path write(Path folder, List<Object> records) throws IOException;

    /** Writes {@code records} plus one bad record among them; returns the file. */
    protected abstract Path writeWithBadRecord(Path folder, List<Object> records) throws IOException;

    /** The field the bad record is rejected for. */
    protected abstract String badRecordField();

    protected IngestOptions options() {
        return IngestOptions.defaults();
    }

    protected CollectingSink read(Path file) throws IOException {
        CollectingSink sink = new CollectingSink();
        connector().read(file, options(), sink);
        return sink;
    }

    protected static List<Object> valid(CollectingSink sink) {
        List<Object> records = new ArrayList<>();
        records.addAll(sink.interactions());
        records.addAll(sink.customers());
        records.addAll(sink.agents());
        records.addAll(sink.desktopEvents());
        return records;
    }

    @Test
    void readsBackWhatItsFormatWrites() throws IOException {
        Path file = write(dir, sample());
        CollectingSink sink = read(file);
        assertThat(sink.rejected()).isEmpty();
        assertThat(valid(sink)).containsExactlyInAnyOrderElementsOf(sample());
        assertThat(sink.records).allSatisfy(record ->
                assertThat(record.location().source()).isEqualTo(file.getFileName().toString()));
    }

    @Test
    void rejectsABadRecordWithLocationAndFieldAndReadsTheRest() throws IOException {
        Path file = writeWithBadRecord(dir, sample());
        CollectingSink sink = read(file);
        assertThat(sink.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.field()).isEqualTo(badRecordField());
            assertThat(rejected.location().source()).isEqualTo(file.getFileName().toString());
            assertThat(rejected.location().position()).isPositive();
            assertThat(rejected.reason()).isNotBlank();
            assertThat(rejected.raw()).isNotBlank();
        });
        assertThat(valid(sink)).containsExactlyInAnyOrderElementsOf(sample());
    }

    @Test
    void claimsItsFilesThroughTheServiceRegistry() throws IOException {
        Path file = write(dir, sample());
        ConnectorRegistry registry = ConnectorRegistry.load();
        assertThat(registry.byName(connector().name())).isInstanceOf(connector().getClass());
        assertThat(registry.forFile(file, options())).map(Connector::name).contains(connector().name());
    }

    @Test
    void reportsProgressInBytesOfTheSource() throws IOException {
        Path file = write(dir, sample());
        CollectingSink sink = read(file);
        assertThat(sink.progressCalls).isPositive();
        assertThat(sink.lastProgress).isPositive().isLessThanOrEqualTo(Files.size(file));
    }

    @Test
    void failsWithAnIoErrorWhenTheSourceIsMissing() throws IOException {
        Path written = write(dir, sample());
        Path missing = written.resolveSibling("missing-" + written.getFileName());
        assertThatThrownBy(() -> connector().read(missing, options(), new CollectingSink()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void hasANameAndADescription() {
        assertThat(connector().name()).matches("[a-z][a-z-]*");
        assertThat(connector().description()).isNotBlank();
    }

    protected static List<IngestRecord.Rejected> rejected(CollectingSink sink) {
        return sink.rejected();
    }
}
