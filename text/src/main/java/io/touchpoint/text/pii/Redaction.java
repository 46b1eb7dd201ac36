package io.touchpoint.text.pii;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with its personal data replaced by typed placeholders ("my card is [CARD]"), and where
 * each replaced span was in the original and is in the redacted text.
 *
 * @param original the text as it was
 * @param redacted the text with placeholders
 * @param replacements one per span, in text order
 */
public record Redaction(String original, String redacted, List<Replacement> replacements) {

    /** One replaced span: {@code span} in the original, {@code [redactedStart, redactedEnd)} its placeholder. */
    public record Replacement(PiiSpan span, int redactedStart, int redactedEnd) { }

    public Redaction {
        requireNonNull(original, "original is null");
        requireNonNull(redacted, "redacted is null");
        replacements = List.copyOf(requireNonNull(replacements, "replacements is null"));
    }

    /** Replaces {@code spans} (non-overlapping, in text order, as {@link PiiDetector#detect} returns them). */
    public static Redaction of(String text, List<PiiSpan> spans) {
        requireNonNull(text, "text is null");
        requireNonNull(spans, "spans is null");
        StringBuilder redacted = new StringBuilder(text.length());
        List<Replacement> replacements = new ArrayList<>(spans.size());
        int copied = 0;
        for (PiiSpan span : spans) {
            if (span.start() < copied || span.end() > text.length()) {
                throw new IllegalArgumentException("span " + span + " overlaps the one before or runs past the text");
            }
            redacted.append(text, copied, span.start());
            int placeholderStart = redacted.length();
            redacted.append(span.type().placeholder());
            replacements.add(new Replacement(span, placeholderStart, redacted.length()));
            copied = span.end();
        }
        redacted.append(text, copied, text.length());
        return new Redaction(text, redacted.toString(), replacements);
    }

    public boolean changed() {
        return !replacements.isEmpty();
    }
}
