package io.touchpoint.server;

/**
 * The one JSON error shape of the API.
 *
 * @param status the HTTP status, repeated for clients that only see the body
 * @param code a stable machine-readable code: bad_request, unauthorized, forbidden, not_found,
 *     conflict, unavailable, internal
 * @param message what went wrong and what to do, for people
 */
public record ErrorBody(int status, String code, String message) {
}
