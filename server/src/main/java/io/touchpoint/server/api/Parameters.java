package io.touchpoint.server.api;

import io.javalin.http.Context;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.server.ApiException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** Reads query parameters with one clear message per bad value, naming the parameter. */
final class Parameters {

    private final Context ctx;

    Parameters(Context ctx) {
        this.ctx = ctx;
    }

    String text(String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    String required(String name) {
        String value = text(name);
        if (value == null) {
            throw ApiException.badRequest("query parameter '" + name + "' is required");
        }
        return value;
    }

    List<String> list(String name) {
        String value = text(name);
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    int integer(String name, int defaultValue, int min, int max) {
        String value = text(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw ApiException.badRequest("query parameter '" + name + "' must be " + min + ".." + max
                        + ", was " + parsed);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("query parameter '" + name + "' must be a whole number, was '" + value + "'");
        }
    }

    boolean flag(String name) {
        String value = text(name);
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1") || value.equalsIgnoreCase("yes"));
    }

    /** An ISO-8601 instant ({@code 2026-03-02T14:05:11Z}) or a date ({@code 2026-03-02}, midnight UTC). */
    Instant instant(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("query parameter '" + name + "' must be an ISO-8601 instant "
                    + "(2026-03-02T14:05:11Z) or a date (2026-03-02), was '" + value + "'");
        }
    }

    Channel channel(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Channel.parse(value);
        } catch (RuntimeException e) {
            throw ApiException.badRequest("query parameter '" + name + "': " + e.getMessage());
        }
    }

    Speaker speaker(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Speaker.parse(value);
        } catch (RuntimeException e) {
            throw ApiException.badRequest("query parameter '" + name + "': " + e.getMessage());
        }
    }
}
