package io.touchpoint.ingest;

import static java.util.Objects.requireNonNull;

/**
 * A record field that cannot be read. Connectors turn it into a dead-letter entry naming the
 * field; it never escapes a connector.
 */
public final class InvalidFieldException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidFieldException(String field, String reason) {
        super(reason);
        this.field = requireNonNull(field, "field is null");
    }

    public String field() {
        return field;
    }
}
