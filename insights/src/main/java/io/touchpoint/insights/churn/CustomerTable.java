package io.touchpoint.insights.churn;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.touchpoint.core.TouchpointException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A customer table as text: a header and rows of cells, each cell trimmed, a blank cell being
 * the empty string. Column types are decided later by {@link FeatureSchema#infer}, so the same
 * table serves training, scoring and the store's feature builder.
 *
 * <pre>{@code
 * CustomerTable table = CustomerTable.read(Path.of("customers.csv"));
 * List<String> tenure = table.column("tenure");
 * }</pre>
 */
public record CustomerTable(String source, List<String> columns, List<List<String>> rows) {

    public CustomerTable {
        requireNonNull(source, "source is null");
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        rows = requireNonNull(rows, "rows is null").stream().map(List::copyOf).toList();
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (!seen.add(column)) {
                throw TouchpointException.userError(source + ": column '" + column + "' appears twice in the header");
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns.size()) {
                throw TouchpointException.userError(source + ": row " + (i + 2) + " has " + rows.get(i).size()
                        + " cells but the header has " + columns.size() + " columns");
            }
        }
    }

    /** Reads a CSV file with a header line; cells are trimmed, so a cell of spaces is blank. */
    public static CustomerTable read(Path file) {
        requireNonNull(file, "file is null");
        if (!Files.isRegularFile(file)) {
            throw TouchpointException.userError("customer table " + file + " does not exist or is not a file");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.getFileName().toString(), reader);
        } catch (IOException e) {
            throw TouchpointException.external("could not read customer table " + file + ": " + e.getMessage(), e);
        }
    }

    static CustomerTable read(String source, Reader reader) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> lines = mapper.readerFor(String[].class).readValues(reader)) {
            while (lines.hasNext()) {
                String[] cells = lines.next();
                if (cells.length == 0 || (cells.length == 1 && cells[0].isBlank())) {
                    continue;
                }
                List<String> trimmed = new ArrayList<>(cells.length);
                for (String cell : cells) {
                    trimmed.add(cell == null ? "" : cell.strip());
                }
                if (header == null) {
                    header = trimmed;
                } else {
                    rows.add(trimmed);
                }
            }
        } catch (RuntimeException e) {
            throw TouchpointException.userError(source + " is not a readable CSV file: " + e.getMessage());
        }
        if (header == null) {
            throw TouchpointException.userError(source + " is empty: expected a header line and customer rows");
        }
        return new CustomerTable(source, header, rows);
    }

    public int size() {
        return rows.size();
    }

    /** The index of a column, or a user error that lists the columns the table has. */
    public int indexOf(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw TouchpointException.userError(source + " has no column '" + column + "'; its columns are " + columns);
        }
        return index;
    }

    public List<String> column(String column) {
        int index = indexOf(column);
        return rows.stream().map(row -> row.get(index)).toList();
    }

    /** The rows at the given positions, in that order (used for splits). */
    public CustomerTable select(int[] rowIndexes) {
        List<List<String>> selected = new ArrayList<>(rowIndexes.length);
        for (int index : rowIndexes) {
            selected.add(rows.get(index));
        }
        return new CustomerTable(source, columns, selected);
    }
}
