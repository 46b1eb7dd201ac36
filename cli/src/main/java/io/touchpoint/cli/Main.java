package io.touchpoint.cli;

import picocli.CommandLine;

/** Entry point of the {@code touchpoint} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; used by tests without exiting the JVM. */
    public static int run(String... args) {
        return TouchpointCommand.commandLine().execute(args);
    }
}
