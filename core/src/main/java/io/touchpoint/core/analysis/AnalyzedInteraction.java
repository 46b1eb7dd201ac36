package io.touchpoint.core.analysis;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Interaction;
import java.util.ArrayList;
import java.util.List;

/** An interaction together with everything the analyzers found in it so far. */
public record AnalyzedInteraction(Interaction interaction, List<Finding> findings) {

    public AnalyzedInteraction {
        requireNonNull(interaction, "interaction is null");
        findings = List.copyOf(requireNonNull(findings, "findings is null"));
    }

    public static AnalyzedInteraction of(Interaction interaction) {
        return new AnalyzedInteraction(interaction, List.of());
    }

    /** A copy with {@code more} findings appended. */
    public AnalyzedInteraction plus(List<Finding> more) {
        List<Finding> all = new ArrayList<>(findings.size() + more.size());
        all.addAll(findings);
        all.addAll(more);
        return new AnalyzedInteraction(interaction, all);
    }

    /** A copy whose interaction is replaced, e.g. by a redacted one. */
    public AnalyzedInteraction withInteraction(Interaction replaced) {
        return new AnalyzedInteraction(replaced, findings);
    }

    public List<Finding> findingsOfType(String type) {
        return findings.stream().filter(finding -> finding.type().equals(type)).toList();
    }
}
