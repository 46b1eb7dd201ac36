package io.touchpoint.scale.spark;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.scale.PipelineSpec;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One run of {@link SparkAnalysisJob}.
 *
 * @param input any Hadoop-compatible path or glob ({@code hdfs://}, {@code s3a://}, {@code file:}, a folder)
 * @param format how the input is stored
 * @param output the output folder; findings go to {@code OUTPUT/findings/batch=BATCH/}
 * @param batchId names this input's slice of the output: a re-run with the same batch id replaces
 *     that slice, other batches stay
 * @param spec the pipeline
 */
public record SparkJobOptions(String input, InputFormat format, String output, String batchId, PipelineSpec spec) {

    private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    /** How interactions are stored. */
    public enum InputFormat {
        /** Canonical NDJSON (plain or compressed as Hadoop reads it: .gz, .bz2). */
        NDJSON,
        /** Parquet whose columns are the canonical format's fields (nested turns, customer, outcome). */
        PARQUET;

        public static InputFormat parse(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw TouchpointException.userError("unknown input format '" + value + "' (expected ndjson or parquet)");
            }
        }

        /** Parquet for paths ending in .parquet, NDJSON otherwise. */
        public static InputFormat guess(String path) {
            return path.toLowerCase(Locale.ROOT).endsWith(".parquet") ? PARQUET : NDJSON;
        }
    }

    public SparkJobOptions {
        requireNonNull(input, "input is null");
        requireNonNull(format, "format is null");
        requireNonNull(output, "output is null");
        requireNonNull(batchId, "batchId is null");
        requireNonNull(spec, "spec is null");
        if (input.isBlank() || output.isBlank()) {
            throw TouchpointException.userError("give an input and an output path");
        }
        if (!BATCH_ID.matcher(batchId).matches()) {
            throw TouchpointException.userError("batch id '" + batchId + "' must be 1-100 letters, digits, '.', '_' "
                    + "or '-': it names a folder of the output");
        }
    }

    /** Options with the format guessed from the input and the batch id made from its last path segment. */
    public static SparkJobOptions of(String input, String output) {
        return new SparkJobOptions(input, InputFormat.guess(input), output, batchIdOf(input), PipelineSpec.standard());
    }

    /** A batch id from the last segment of a path: {@code /in/2026-03-02.ndjson} gives {@code 2026-03-02.ndjson}. */
    public static String batchIdOf(String path) {
        String trimmed = path.replaceAll("[/\\\\]+$", "");
        String last = trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
        String cleaned = last.replaceAll("[^A-Za-z0-9._-]", "_");
        if (cleaned.isEmpty()) {
            return "input";
        }
        return cleaned.length() > 100 ? cleaned.substring(0, 100) : cleaned;
    }

    public SparkJobOptions withFormat(InputFormat value) {
        return new SparkJobOptions(input, value, output, batchId, spec);
    }

    public SparkJobOptions withBatchId(String value) {
        return new SparkJobOptions(input, format, output, value, spec);
    }

    public SparkJobOptions withSpec(PipelineSpec value) {
        return new SparkJobOptions(input, format, output, batchId, value);
    }
}
