package io.gridbench.backtest.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses the timestamp column of the CSV files: ISO-8601 UTC ({@code 2026-08-01T00:00:00Z}, fractional seconds
 * allowed, the trailing {@code Z} required) or epoch milliseconds (digits only).
 */
public final class Timestamps {
    private Timestamps() {
    }

    /** ISO-8601 UTC text of epoch milliseconds, for error messages. */
    public static String format(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    /**
     * Epoch milliseconds of a timestamp field.
     *
     * @throws IllegalArgumentException with a message naming what is wrong
     */
    public static long parseMillis(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty timestamp");
        }
        if (isDigits(text)) {
            if (text.length() > 15) {
                throw new IllegalArgumentException("epoch milliseconds out of range: '" + text + "'");
            }
            return Long.parseLong(text);
        }
        if (!text.endsWith("Z")) {
            throw new IllegalArgumentException(
                    "not an ISO-8601 UTC timestamp ending in Z (e.g. 2026-08-01T00:00:00Z) nor epoch milliseconds: '"
                            + text + "'");
        }
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 UTC timestamp (e.g. 2026-08-01T00:00:00Z): '"
                    + text + "'");
        }
    }

    /**
     * Epoch milliseconds of a period boundary given on the command line: an ISO-8601 instant
     * ({@code 2026-08-01T06:00:00Z}) or a date ({@code 2026-08-01}, meaning its midnight UTC).
     *
     * @param option the option's name, for the message
     * @throws IllegalArgumentException naming the option and the accepted forms
     */
    public static long parseBoundary(String option, String text) {
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException notInstant) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            } catch (DateTimeParseException notDate) {
                throw new IllegalArgumentException(option + " must be an ISO-8601 instant (2026-08-01T00:00:00Z) or"
                        + " date (2026-08-01), got '" + text + "'");
            }
        }
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
