package io.touchpoint.core;

import static java.util.Objects.requireNonNull;

/**
 * The one exception type Touchpoint code throws on purpose. Its {@link Kind} tells the CLI which
 * exit code to use and the REST API which HTTP status to send; its message says what went wrong
 * and, where it can, what to do next.
 */
public class TouchpointException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Who has to act: the user (bad input or configuration), the environment, or us (a bug). */
    public enum Kind {
        /** Bad arguments, configuration or input: the user can fix it. */
        USER_ERROR,
        /** A file, disk, database or network outside our control failed; retrying may help. */
        EXTERNAL,
        /** A bug in Touchpoint. */
        INTERNAL
    }

    private final Kind kind;

    public TouchpointException(Kind kind, String message) {
        super(message);
        this.kind = requireNonNull(kind, "kind is null");
    }

    public TouchpointException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = requireNonNull(kind, "kind is null");
    }

    public static TouchpointException userError(String message) {
        return new TouchpointException(Kind.USER_ERROR, message);
    }

    public static TouchpointException external(String message, Throwable cause) {
        return new TouchpointException(Kind.EXTERNAL, message, cause);
    }

    public Kind kind() {
        return kind;
    }
}
