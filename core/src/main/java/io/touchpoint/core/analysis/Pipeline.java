package io.touchpoint.core.analysis;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Interaction;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Runs analyzers in order; each sees the interaction and every earlier analyzer's findings. */
public final class Pipeline {

    private final List<Analyzer> analyzers;

    public Pipeline(List<Analyzer> analyzers) {
        this.analyzers = List.copyOf(requireNonNull(analyzers, "analyzers is null"));
        Set<String> names = new HashSet<>();
        for (Analyzer analyzer : this.analyzers) {
            if (!names.add(analyzer.name())) {
                throw new IllegalArgumentException("analyzer '" + analyzer.name() + "' appears twice in the pipeline");
            }
        }
    }

    public List<Analyzer> analyzers() {
        return analyzers;
    }

    public AnalyzedInteraction run(Interaction interaction) {
        return run(AnalyzedInteraction.of(interaction));
    }

    /**
     * Runs the analyzers on {@code seed}, which may already carry findings made earlier (such as
     * the PII redaction done at ingest, whose evidence points at text no longer stored).
     */
    public AnalyzedInteraction run(AnalyzedInteraction seed) {
        Interaction interaction = requireNonNull(seed, "seed is null").interaction();
        AnalyzedInteraction current = seed;
        for (Analyzer analyzer : analyzers) {
            try {
                current = requireNonNull(analyzer.analyze(current), () -> analyzer.name() + " returned null");
            } catch (RuntimeException e) {
                throw new AnalyzerException(analyzer.name(), interaction.id(), e);
            }
        }
        return current;
    }
}
