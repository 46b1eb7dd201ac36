package io.touchpoint.core.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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
     * Whether this connector reads {@code file} under {@code options}. The default ignores the
     * options; a connector whose claim depends on configuration (a CSV column mapping) overrides it.
     */
    default boolean canRead(Path file, IngestOptions options) {
        return canRead(file);
    }

    /**
     * Reads every record of {@code file} into {@code sink}.
     *
     * @throws IOException when the source as a whole cannot be read
     */
    void read(Path file, IngestOptions options, RecordSink sink) throws IOException;

    /**
     * Reads several files of this connector's format in one go. The default reads them one by
     * one; a connector whose records span files (an e-mail thread spread over {@code .eml} files)
     * overrides it to read them together.
     *
     * <p>A file that cannot be read does not stop the others: every file is tried, then the first
     * failure is thrown with the later ones attached as {@linkplain Throwable#getSuppressed()
     * suppressed} exceptions, so a caller can report each.
     *
     * @throws IOException when one or more of the files as a whole cannot be read
     */
    default void readAll(List<Path> files, IngestOptions options, RecordSink sink) throws IOException {
        IOException failure = null;
        for (Path file : files) {
            try {
                read(file, options, sink);
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
