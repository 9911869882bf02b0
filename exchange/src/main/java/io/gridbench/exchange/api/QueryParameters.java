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
    /** 9999-12-31T23:59:59Z: the last second a query time may name. */
    private static final long LAST_SECOND = 253_402_300_799L;

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
     * A time given as ISO-8601 ({@code 2025-01-31T12:00:00Z}) or unix seconds ({@code 1738324800}), in epoch millis,
     * between 1970-01-01 and the end of 9999: anything else is refused before it can overflow a computation.
     */
    long time(String name, long defaultMillis) {
        String value = text(name);
        if (value == null) {
            return defaultMillis;
        }
        long seconds;
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                seconds = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw outOfRange(name, value);
            }
        } else {
            try {
                Instant instant = Instant.parse(value);
                if (instant.isBefore(Instant.EPOCH) || instant.getEpochSecond() > LAST_SECOND) {
                    throw outOfRange(name, value);
                }
                return instant.toEpochMilli();
            } catch (DateTimeParseException e) {
                throw ApiError.badRequest(name, name + " must be ISO-8601 (2025-01-31T12:00:00Z) or unix seconds, got "
                        + ApiError.quoted(value));
            }
        }
        if (seconds > LAST_SECOND) {
            throw outOfRange(name, value);
        }
        return seconds * 1000L;
    }

    private static ApiError outOfRange(String name, String value) {
        return ApiError.invalid(name, name + " must be between 1970-01-01 and 9999-12-31, got " + ApiError.quoted(value));
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
