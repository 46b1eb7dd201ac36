package io.touchpoint.cli;

import picocli.CommandLine;

/** Entry point of the {@code touchpoint} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Lucene and DuckDB's JDBC driver log through java.util.logging: send that to SLF4J like everything else.
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; used by tests without exiting the JVM. */
    public static int run(String... args) {
        return TouchpointCommand.commandLine().execute(args);
    }
}
