package io.touchpoint.cli.output;

/** How read commands print their results. */
public enum OutputFormat {
    /** Aligned columns for people. */
    table,
    /** One JSON document for programs; shapes are documented in docs/cli.md. */
    json
}
