package io.touchpoint.text.pii;

import static java.util.Objects.requireNonNull;

/**
 * Personal data found in a text: characters {@code start} (inclusive) to {@code end} (exclusive).
 *
 * @param confidence how sure the detector is: checksums and exact formats near 1, context-only evidence lower
 */
public record PiiSpan(PiiType type, int start, int end, double confidence) {

    public PiiSpan {
        requireNonNull(type, "type is null");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is invalid");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence " + confidence + " is outside [0, 1]");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(PiiSpan other) {
        return start < other.end && other.start < end;
    }
}
