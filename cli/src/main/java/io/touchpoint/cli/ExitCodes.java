package io.touchpoint.cli;

/**
 * The exit codes of every {@code touchpoint} command. 0 and 2 follow picocli's conventions
 * (success, usage error); 3 and 4 are ingest's partial and total failures.
 */
public final class ExitCodes {

    /** Everything worked. */
    public static final int OK = 0;
    /** An internal or environment error (a bug, a disk or database failure). */
    public static final int ERROR = 1;
    /** Bad arguments, configuration or input the user can fix. */
    public static final int USAGE = 2;
    /** Some records were rejected (see the dead-letter file); the rest were stored. */
    public static final int SOME_REJECTED = 3;
    /** Nothing could be read. */
    public static final int NOTHING_READ = 4;

    private ExitCodes() {
    }
}
