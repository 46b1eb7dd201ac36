package io.touchpoint.ingest;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.touchpoint.core.ingest.IngestRecord;
import io.touchpoint.ingest.stream.SurrogateEscape;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends each rejected record to an NDJSON dead-letter file, one object a line, so that it can
 * be fixed and ingested again:
 *
 * <pre>{@code
 * {"source":"calls.ndjson","unit":"line","position":17,"field":"startedAt",
 *  "reason":"'yesterday' is not an ISO-8601 instant such as 2026-03-02T14:05:11Z",
 *  "raw":"{\"id\":\"c-17\",...}","rejectedAt":"2026-03-02T14:05:11.123Z"}
 * }</pre>
 *
 * <p>When the record's bytes were not valid UTF-8 (its {@code raw} carries
 * {@linkplain SurrogateEscape escaped bytes}), {@code raw} shows them as U+FFFD and
 * {@code "rawBase64"} holds the exact original bytes, so nothing is lost.
 *
 * <p>The file is created on the first rejection only: a clean run leaves no empty file behind.
 * Thread-safe.
 */
public final class DeadLetterWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterWriter.class);
    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;
    private final Clock clock;
    private OutputStream out;
    private long written;
    private boolean closed;

    public DeadLetterWriter(Path file) {
        this(file, Clock.systemUTC());
    }

    public DeadLetterWriter(Path file, Clock clock) {
        this.file = requireNonNull(file, "file is null").toAbsolutePath();
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Where rejections go (the file may not exist yet). */
    public Path file() {
        return file;
    }

    /** The file, once at least one rejection has been written to it by this writer. */
    public synchronized Optional<Path> createdFile() {
        return written > 0 ? Optional.of(file) : Optional.empty();
    }

    /** Rejections written by this writer. */
    public synchronized long written() {
        return written;
    }

    public synchronized void write(IngestRecord.Rejected rejected) throws IOException {
        requireNonNull(rejected, "rejected is null");
        if (closed) {
            throw new IllegalStateException("dead-letter writer for " + file + " is closed");
        }
        if (out == null) {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE));
            LOG.info("Writing rejected records to {}", file);
        }
        try (JsonGenerator generator = JSON.createGenerator(new NonClosingOutputStream(out), JsonEncoding.UTF8)) {
            generator.writeStartObject();
            generator.writeStringField("source", rejected.location().source());
            generator.writeStringField("unit", rejected.location().unit());
            generator.writeNumberField("position", rejected.location().position());
            generator.writeStringField("field", rejected.field());
            generator.writeStringField("reason", rejected.reason());
            generator.writeStringField("raw", SurrogateEscape.printable(rejected.raw()));
            generator.writeStringField("rejectedAt", clock.instant().toString());
            if (SurrogateEscape.hasEscapes(rejected.raw())) {
                generator.writeStringField("rawBase64", Base64.getEncoder().encodeToString(SurrogateEscape.encode(rejected.raw())));
            }
            generator.writeEndObject();
        }
        out.write('\n');
        written++;
    }

    public synchronized void flush() throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        if (out != null) {
            out.close();
            out = null;
        }
    }

    /** Lets one generator per line write into the shared stream without closing it. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
