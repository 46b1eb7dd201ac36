package io.touchpoint.ingest.csv;

import static java.util.Objects.requireNonNull;

import io.touchpoint.ingest.InvalidFieldException;
import io.touchpoint.ingest.TimestampParser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One data row. Typed getters name the column when a value cannot be read, so that the row is
 * rejected with "row 4 of customers.csv: tenure_months: 'ten' is not a whole number".
 *
 * @param number 1-based: row 1 is the first row after the header
 */
public record CsvRow(long number, CsvHeader header, List<String> values) {

    public CsvRow {
        requireNonNull(header, "header is null");
        values = List.copyOf(requireNonNull(values, "values is null"));
    }

    /** The trimmed value of {@code column}, or null when the column is absent or the cell is blank. */
    public String text(String column) {
        if (column == null) {
            return null;
        }
        OptionalInt index = header.indexOf(column);
        if (index.isEmpty() || index.getAsInt() >= values.size()) {
            return null;
        }
        String value = values.get(index.getAsInt());
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The cell as written (not trimmed), for free text whose line breaks matter; null when blank. */
    public String rawText(String column) {
        String trimmed = text(column);
        return trimmed == null ? null : values.get(header.indexOf(column).getAsInt());
    }

    public String required(String column) throws InvalidFieldException {
        String value = text(column);
        if (value == null) {
            throw new InvalidFieldException(column, "is missing");
        }
        return value;
    }

    /** true/false, yes/no, y/n, 1/0 in any case; null when blank. */
    public Boolean bool(String column) throws InvalidFieldException {
        String value = text(column);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "t" -> Boolean.TRUE;
            case "false", "no", "n", "0", "f" -> Boolean.FALSE;
            default -> throw new InvalidFieldException(column, "'" + value + "' is not true/false, yes/no or 1/0");
        };
    }

    public Integer integer(String column) throws InvalidFieldException {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(column, "'" + value + "' is not a whole number");
        }
    }

    public Double decimal(String column) throws InvalidFieldException {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(value);
            if (!Double.isFinite(number)) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(column, "'" + value + "' is not a number");
        }
    }

    public Instant instant(String column) throws InvalidFieldException {
        String value = text(column);
        return value == null ? null : TimestampParser.parse(column, value);
    }

    public LocalDate date(String column) throws InvalidFieldException {
        String value = text(column);
        return value == null ? null : TimestampParser.parseDate(column, value);
    }

    /** Non-blank cells of the columns not in {@code used}, by header name, in header order. */
    public Map<String, String> otherColumns(Collection<String> used) {
        Map<String, String> others = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < values.size(); i++) {
            String name = header.names().get(i);
            String value = values.get(i);
            if (!used.contains(name) && !name.isBlank() && value != null && !value.isBlank()) {
                others.putIfAbsent(name.strip(), value.strip());
            }
        }
        return others;
    }

    /** The row as one CSV line, for the dead-letter file. */
    public String raw() {
        return CsvTable.format(values);
    }

    public boolean isBlank() {
        return values.stream().allMatch(value -> value == null || value.isBlank());
    }
}
