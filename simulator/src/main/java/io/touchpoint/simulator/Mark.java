package io.touchpoint.simulator;

import static java.util.Objects.requireNonNull;

/**
 * A labelled character span inside one turn's text, as planted by a {@link TurnText}.
 *
 * @param label the {@link GroundTruth.PiiType} name for PII, the {@link GroundTruth.DecoyType} name for a
 *        decoy, or the pattern name for a phrase
 */
record Mark(Kind kind, String label, int start, int end, String text, boolean spoken) {

    enum Kind { PII, DECOY, PHRASE }

    Mark {
        requireNonNull(kind, "kind is null");
        requireNonNull(label, "label is null");
        requireNonNull(text, "text is null");
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("mark " + label + " span " + start + ".." + end
                    + " does not fit its text '" + text + "'");
        }
    }
}
