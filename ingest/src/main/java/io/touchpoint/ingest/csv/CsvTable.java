package io.touchpoint.ingest.csv;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.touchpoint.core.ingest.IngestRecord;
import io.touchpoint.core.ingest.SourceLocation;
import io.touchpoint.ingest.stream.CountingInputStream;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Streams a CSV file with a header row (RFC 4180 quoting, values may span lines), one row at a
 * time, with Jackson's CSV parser. A UTF-8 byte-order mark is skipped. Bytes that are not UTF-8
 * are read as U+FFFD rather than failing the file: unlike NDJSON, a CSV row cannot be cut out
 * before parsing, and losing the whole file to one bad byte is worse.
 *
 * <p>{@link #next()} yields either a row or, for a row that cannot be used, a rejection; after
 * a syntax error the parser cannot resynchronise, so the rest of the file is rejected as one
 * record and reading stops.
 */
public final class CsvTable implements Closeable {

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final ObjectReader ROWS = MAPPER.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY);

    private final String source;
    private final int maxRecordBytes;
    private final CountingInputStream counter;
    private final MappingIterator<String[]> rows;
    private final CsvHeader header;
    private long rowNumber;
    private boolean broken;

    /** A row, or the rejection of one. Exactly one component is non-null. */
    public record Next(CsvRow row, IngestRecord.Rejected rejected) {
    }

    private CsvTable(Path file, int maxRecordBytes) throws IOException {
        this.source = file.getFileName().toString();
        this.maxRecordBytes = maxRecordBytes;
        InputStream in = Files.newInputStream(file);
        try {
            counter = new CountingInputStream(in);
            BufferedInputStream buffered = new BufferedInputStream(counter);
            skipByteOrderMark(buffered);
            Reader reader = new InputStreamReader(buffered, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
            rows = ROWS.readValues(reader);
            if (!rows.hasNextValue()) {
                throw new IOException(source + ": empty file, expected a header row");
            }
            header = new CsvHeader(Arrays.stream(rows.nextValue()).map(name -> name == null ? "" : name.strip()).toList());
        } catch (IOException | RuntimeException e) {
            in.close();
            if (e instanceof JacksonException jackson) {
                throw new IOException(source + ": cannot read the CSV header: " + jackson.getOriginalMessage(), e);
            }
            throw e;
        }
    }

    /** Opens {@code file} and reads its header; throws when there is no readable header. */
    public static CsvTable open(Path file, int maxRecordBytes) throws IOException {
        return new CsvTable(requireNonNull(file, "file is null"), maxRecordBytes);
    }

    /** The header of {@code file}, or empty when it is not a readable CSV file; for {@code canRead}. */
    public static Optional<CsvHeader> peekHeader(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (CsvTable table = open(file, Integer.MAX_VALUE)) {
            return Optional.of(table.header());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public CsvHeader header() {
        return header;
    }

    public String source() {
        return source;
    }

    /** The next row or rejection, or null at the end. Blank rows are skipped. */
    public Next next() {
        if (broken) {
            return null;
        }
        while (true) {
            String[] values;
            try {
                if (!rows.hasNextValue()) {
                    return null;
                }
                values = rows.nextValue();
            } catch (IOException | RuntimeException e) {
                broken = true;
                rowNumber++;
                String message = e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage();
                return new Next(null, new IngestRecord.Rejected(location(rowNumber), IngestRecord.Rejected.WHOLE_RECORD,
                        "malformed CSV, the rest of the file is not read: " + message, ""));
            }
            rowNumber++;
            CsvRow row = new CsvRow(rowNumber, header, Arrays.asList(values));
            if (row.isBlank()) {
                continue;
            }
            String raw = row.raw();
            long size = raw.getBytes(StandardCharsets.UTF_8).length;
            if (size > maxRecordBytes) {
                return new Next(null, new IngestRecord.Rejected(location(rowNumber), IngestRecord.Rejected.WHOLE_RECORD,
                        "oversized: " + size + " bytes, limit " + maxRecordBytes, raw.substring(0, Math.min(raw.length(), 1024))));
            }
            if (values.length > header.size() && Arrays.stream(values, header.size(), values.length)
                    .anyMatch(value -> value != null && !value.isBlank())) {
                return new Next(null, new IngestRecord.Rejected(location(rowNumber), IngestRecord.Rejected.WHOLE_RECORD,
                        "has " + values.length + " values but the header has " + header.size() + " columns", raw));
            }
            return new Next(row, null);
        }
    }

    public SourceLocation location(long row) {
        return new SourceLocation(source, "row", row);
    }

    /** Bytes of the file consumed so far (the parser reads ahead in blocks). */
    public long bytesRead() {
        return counter.count();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }

    /** Values as one RFC 4180 line. */
    public static String format(List<String> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String value = values.get(i) == null ? "" : values.get(i);
            if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                line.append(value);
            }
        }
        return line.toString();
    }

    private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] start = in.readNBytes(3);
        if (!(start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }
}
