package io.touchpoint.text.csv;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.touchpoint.core.TouchpointException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV file held in memory: a header and rows of strings (RFC 4180: quoted fields may hold commas
 * and newlines). Used by the classifier and sentiment commands; files of a few hundred thousand
 * rows fit easily.
 *
 * @param source where it came from, for error messages
 */
public record CsvTable(String source, List<String> header, List<String[]> rows) {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    public CsvTable {
        requireNonNull(source, "source is null");
        header = List.copyOf(requireNonNull(header, "header is null"));
        rows = List.copyOf(requireNonNull(rows, "rows is null"));
    }

    /** Reads {@code file}; its first row is the header. Short rows are padded with empty fields. */
    public static CsvTable read(Path file) {
        requireNonNull(file, "file is null");
        if (!Files.isRegularFile(file)) {
            throw TouchpointException.userError("input file " + file + " does not exist");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<String[]> iterator = MAPPER.readerFor(String[].class).readValues(reader)) {
            if (!iterator.hasNext()) {
                throw TouchpointException.userError(file + " is empty: expected a header row");
            }
            String[] header = iterator.next();
            if (header.length > 0 && header[0].startsWith("\uFEFF")) {
                header[0] = header[0].substring(1);
            }
            List<String[]> rows = new ArrayList<>();
            int line = 1;
            while (iterator.hasNext()) {
                line++;
                String[] row = iterator.next();
                if (row.length == 1 && row[0].isEmpty() && header.length > 1) {
                    continue;
                }
                if (row.length > header.length) {
                    throw TouchpointException.userError("row " + line + " of " + file + " has " + row.length
                            + " fields but the header has " + header.length);
                }
                rows.add(row.length == header.length ? row : Arrays.copyOf(padded(row, header.length), header.length));
            }
            return new CsvTable(file.toString(), Arrays.asList(header), rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof TouchpointException touchpoint) {
                throw touchpoint;
            }
            throw TouchpointException.userError("could not read CSV " + file + ": " + e.getMessage());
        }
    }

    private static String[] padded(String[] row, int length) {
        String[] result = Arrays.copyOf(row, length);
        for (int i = row.length; i < length; i++) {
            result[i] = "";
        }
        return result;
    }

    /**
     * The position of column {@code name}.
     *
     * @throws TouchpointException (a user error) naming the column and the columns that exist
     */
    public int column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw TouchpointException.userError("column '" + name + "' is not in " + source + "; its columns are: "
                    + String.join(", ", header));
        }
        return index;
    }

    /** Every row's value of column {@code name}. */
    public List<String> values(String name) {
        int index = column(name);
        List<String> values = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            values.add(row[index] == null ? "" : row[index]);
        }
        return values;
    }

    /** Writes {@code header} and {@code rows} to {@code file}, quoting where needed. */
    public static void write(Path file, List<String> header, List<String[]> rows) {
        requireNonNull(file, "file is null");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    SequenceWriter out = MAPPER.writerFor(String[].class)
                            .with(CsvSchema.emptySchema().withoutHeader().withLineSeparator("\n"))
                            .writeValues(writer)) {
                out.write(header.toArray(String[]::new));
                for (String[] row : rows) {
                    out.write(row);
                }
            }
        } catch (IOException e) {
            throw TouchpointException.external("could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The rows with {@code extra} columns appended: {@code values.get(i)} holds row i's extra fields. */
    public List<String[]> withColumns(List<String[]> values) {
        if (values.size() != rows.size()) {
            throw new IllegalArgumentException(values.size() + " value rows for " + rows.size() + " rows");
        }
        List<String[]> result = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            String[] extra = values.get(i);
            String[] joined = Arrays.copyOf(row, row.length + extra.length);
            System.arraycopy(extra, 0, joined, row.length, extra.length);
            result.add(joined);
        }
        return result;
    }
}
