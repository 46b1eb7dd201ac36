package io.touchpoint.ingest;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an {@link IngestJob} did.
 *
 * @param read records the connectors produced, stored or rejected
 * @param stored records written through the {@code BatchWriter}
 * @param rejected records sent to the dead-letter file
 * @param storedByKind stored records by kind: {@code interactions}, {@code customers}, {@code agents}, {@code desktopEvents}
 * @param skippedFiles files no connector reads, each with the reason
 * @param sourceErrors sources that could not be read at all, each with the error
 * @param deadLetterFile the dead-letter file, when something was rejected
 */
public record IngestReport(
        long read,
        long stored,
        long rejected,
        Map<String, Long> storedByKind,
        List<String> skippedFiles,
        List<String> sourceErrors,
        Optional<Path> deadLetterFile) {

    /** Every record read was stored and every source could be read. */
    public static final int EXIT_OK = 0;
    /** Some records were rejected (see the dead-letter file) or some sources failed; the rest was stored. */
    public static final int EXIT_SOME_REJECTED = 3;
    /** Nothing could be read: no readable source, zero records read, or every source failed. */
    public static final int EXIT_NOTHING_READ = 4;

    public IngestReport {
        if (read < 0 || stored < 0 || rejected < 0) {
            throw new IllegalArgumentException("counts must not be negative: read " + read + ", stored " + stored
                    + ", rejected " + rejected);
        }
        storedByKind = Map.copyOf(requireNonNull(storedByKind, "storedByKind is null"));
        skippedFiles = List.copyOf(requireNonNull(skippedFiles, "skippedFiles is null"));
        sourceErrors = List.copyOf(requireNonNull(sourceErrors, "sourceErrors is null"));
        requireNonNull(deadLetterFile, "deadLetterFile is null");
    }

    /**
     * The process exit status for {@code touchpoint ingest}:
     *
     * <ul>
     *   <li>{@value #EXIT_OK}: every record read was stored;</li>
     *   <li>{@value #EXIT_SOME_REJECTED}: some records were rejected or some sources failed, the
     *       rest was stored;</li>
     *   <li>{@value #EXIT_NOTHING_READ}: nothing could be read (no readable source, zero records
     *       read, or every source failed).</li>
     * </ul>
     *
     * A source that fails before yielding a record adds nothing to {@link #read()}, so when every
     * source fails the status is {@value #EXIT_NOTHING_READ}; a source that fails part-way keeps
     * what it yielded and counts as {@value #EXIT_SOME_REJECTED}. Files that no connector reads are
     * listed in {@link #skippedFiles()} but do not change the status.
     */
    public int exitStatus() {
        if (read == 0) {
            return EXIT_NOTHING_READ;
        }
        if (rejected > 0 || !sourceErrors.isEmpty() || stored < read) {
            return EXIT_SOME_REJECTED;
        }
        return EXIT_OK;
    }

    /** A one-line summary for logs and the CLI. */
    public String summary() {
        return "read " + read + ", stored " + stored + " " + storedByKind + ", rejected " + rejected
                + (skippedFiles.isEmpty() ? "" : ", skipped " + skippedFiles.size() + " files")
                + (sourceErrors.isEmpty() ? "" : ", " + sourceErrors.size() + " sources failed")
                + deadLetterFile.map(file -> " (rejections in " + file + ")").orElse("");
    }
}
