package io.touchpoint.simulator;

import static java.util.Objects.requireNonNull;

/** A value for a template placeholder, optionally planted as a PII item, a decoy or a pattern phrase. */
record Slot(String text, Mark.Kind kind, String label, boolean spoken) {

    Slot {
        requireNonNull(text, "text is null");
        if (kind != null) {
            requireNonNull(label, "label is null");
        }
    }

    static Slot plain(String text) {
        return new Slot(text, null, null, false);
    }

    static Slot pii(GroundTruth.PiiType type, String text) {
        return new Slot(text, Mark.Kind.PII, type.name(), false);
    }

    static Slot decoy(GroundTruth.DecoyType type, String text) {
        return new Slot(text, Mark.Kind.DECOY, type.name(), false);
    }
}
