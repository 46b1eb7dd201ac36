package io.touchpoint.core.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one source format into canonical records. Found through {@link java.util.ServiceLoader};
 * a new connector is one class plus one line in
 * {@code META-INF/services/io.touchpoint.core.ingest.Connector}.
 *
 * <p>A connector streams: it hands each record to the sink as soon as it is read. A bad record
 * becomes an {@link IngestRecord.Rejected} and reading goes on; only a source that cannot be
 * read at all (missing, unreadable) throws.
 */
public interface Connector {

    /** A short, unique name such as {@code ndjson} or {@code email}. */
    String name();

    /** One line for {@code touchpoint ingest --help}. */
    String description();

    /** Whether this connector reads the given file, judged by its name (and at most its first bytes). */
    boolean canRead(Path file);

    /**
     * Reads every record of {@code file} into {@code sink}.
     *
     * @throws IOException when the source as a whole cannot be read
     */
    void read(Path file, IngestOptions options, RecordSink sink) throws IOException;
}
