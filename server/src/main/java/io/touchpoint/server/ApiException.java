package io.touchpoint.server;

import static java.util.Objects.requireNonNull;

/**
 * A request that cannot be answered, with the HTTP status and a stable error code; the server
 * turns it into its one JSON error shape {@code {"status":404,"code":"not_found","message":"..."}}.
 *
 * <pre>{@code
 * throw ApiException.notFound("no interaction c-42");
 * }</pre>
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(requireNonNull(message, "message is null"));
        this.status = status;
        this.code = requireNonNull(code, "code is null");
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, "conflict", message);
    }

    public static ApiException unavailable(String message) {
        return new ApiException(503, "unavailable", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
