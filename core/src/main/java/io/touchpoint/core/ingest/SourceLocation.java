package io.touchpoint.core.ingest;

import static java.util.Objects.requireNonNull;

/**
 * Where a record came from: a source (usually a file name), a unit ({@code line}, {@code row},
 * {@code message}, {@code item}) and its 1-based position. Printed as "line 17 of calls.ndjson".
 */
public record SourceLocation(String source, String unit, long position) {

    public SourceLocation {
        requireNonNull(source, "source is null");
        requireNonNull(unit, "unit is null");
        if (position < 0) {
            throw new IllegalArgumentException("position is negative: " + position);
        }
    }

    public static SourceLocation line(String source, long line) {
        return new SourceLocation(source, "line", line);
    }

    @Override
    public String toString() {
        return unit + " " + position + " of " + source;
    }
}
