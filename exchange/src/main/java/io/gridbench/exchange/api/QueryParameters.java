package io.gridbench.exchange.api;

import io.gridbench.exchange.http.ApiError;
import io.vertx.ext.web.RoutingContext;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads query parameters with the API's error rules: text that is not the right kind of value (a limit that is not
 * an integer, a time that is neither ISO-8601 nor unix seconds) is 400; a value out of range or not in the allowed
 * set is 422. Both name the parameter.
 */
final class QueryParameters {
    private final RoutingContext ctx;

    QueryParameters(RoutingContext ctx) {
        this.ctx = ctx;
    }

    /** The parameter, or null when absent or empty. */
    String text(String name) {
        String value = ctx.request().getParam(name);
        return value == null || value.isEmpty() ? null : value;
    }

    int limit(int defaultLimit, int max) {
        String value = text("limit");
        if (value == null) {
            return defaultLimit;
        }
        int limit;
        try {
            limit = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("limit", "limit must be an integer, got " + ApiError.quoted(value));
        }
        if (limit < 1 || limit > max) {
            throw ApiError.invalid("limit", "limit must be between 1 and " + max + ", got " + limit);
        }
        return limit;
    }

    /**
     * A time given as ISO-8601 ({@code 2025-01-31T12:00:00Z}) or unix seconds ({@code 1738324800}), in epoch millis.
     */
    long time(String name, long defaultMillis) {
        String value = text(name);
        if (value == null) {
            return defaultMillis;
        }
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Math.multiplyExact(Long.parseLong(value), 1000L);
            } catch (ArithmeticException | NumberFormatException e) {
                throw ApiError.invalid(name, name + " is out of range: " + ApiError.quoted(value));
            }
        }
        try {
            return Instant.parse(value).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name, name + " must be ISO-8601 (2025-01-31T12:00:00Z) or unix seconds, got "
                    + ApiError.quoted(value));
        }
    }

    /** Parses with {@code parser} (which returns null for unknown values); 422 listing {@code allowed} otherwise. */
    <T> T oneOf(String name, java.util.function.Function<String, T> parser, String allowed) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        T parsed = parser.apply(value);
        if (parsed == null) {
            throw ApiError.invalid(name, name + " must be one of " + allowed + ", got " + ApiError.quoted(value));
        }
        return parsed;
    }
}
