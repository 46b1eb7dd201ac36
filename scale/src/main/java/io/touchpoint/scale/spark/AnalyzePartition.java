package io.touchpoint.scale.spark;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Pipeline;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.ingest.InvalidFieldException;
import io.touchpoint.ingest.canonical.CanonicalJson;
import io.touchpoint.scale.PipelineSpec;
import io.touchpoint.scale.ScalePipeline;
import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Analyzes one partition of canonical JSON lines: each interaction through the pipeline, each
 * finding out as rows of the store's findings schema. Lazy, so a partition of any size streams
 * through in constant memory. Unreadable lines are skipped here (the job writes them to its
 * rejected folder in a separate, parse-only pass).
 */
final class AnalyzePartition implements MapPartitionsFunction<String, Row> {

    private static final long serialVersionUID = 1L;

    private final PipelineSpec spec;
    private final String pipelineVersion;

    AnalyzePartition(PipelineSpec spec, String pipelineVersion) {
        this.spec = requireNonNull(spec, "spec is null");
        this.pipelineVersion = requireNonNull(pipelineVersion, "pipelineVersion is null");
    }

    @Override
    public Iterator<Row> call(Iterator<String> lines) {
        Pipeline pipeline = ScalePipeline.of(spec);
        return new Iterator<>() {
            private Iterator<Row> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && lines.hasNext()) {
                    Optional<Interaction> interaction = parse(lines.next());
                    if (interaction.isPresent()) {
                        AnalyzedInteraction analyzed = pipeline.run(interaction.get());
                        current = FindingsSchema.rows(analyzed, pipelineVersion).iterator();
                    }
                }
                return current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** The interaction on a line; empty for a blank or unreadable line. */
    static Optional<Interaction> parse(String line) {
        if (line == null || line.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CanonicalJson.readInteraction(CanonicalJson.mapper().readTree(line)));
        } catch (IOException | InvalidFieldException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Why a line cannot be read, or empty when it can (blank lines are neither). */
    static Optional<String> problem(String line) {
        if (line == null || line.isBlank()) {
            return Optional.empty();
        }
        try {
            CanonicalJson.readInteraction(CanonicalJson.mapper().readTree(line));
            return Optional.empty();
        } catch (InvalidFieldException e) {
            return Optional.of(e.field() + ": " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            return Optional.of("(record): not a JSON object: " + e.getMessage());
        }
    }
}
