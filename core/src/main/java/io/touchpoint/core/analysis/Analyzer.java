package io.touchpoint.core.analysis;

/**
 * One step of the analysis pipeline: a pure function from an interaction and what earlier
 * analyzers found to the same plus its own findings.
 *
 * <p>Implementations hold only immutable configuration, do no I/O and keep no state between
 * calls, so the same analyzer runs in a local thread pool, on a live stream and inside Spark.
 *
 * <pre>{@code
 * Analyzer turnCount = new Analyzer() {
 *     public String name() { return "turn-count"; }
 *     public AnalyzedInteraction analyze(AnalyzedInteraction input) {
 *         return input.plus(List.of(Finding.metric(name(), "turns", input.interaction().turns().size())));
 *     }
 * };
 * }</pre>
 */
public interface Analyzer {

    /** A short, unique, dashed name such as {@code handle-time}; it is recorded on every finding. */
    String name();

    /** Returns {@code input} with this analyzer's findings added (and, for redaction, its text replaced). */
    AnalyzedInteraction analyze(AnalyzedInteraction input);
}
