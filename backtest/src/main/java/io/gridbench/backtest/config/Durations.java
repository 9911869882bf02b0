package io.gridbench.backtest.config;

/** Parses durations such as {@code 250ms}, {@code 30s}, {@code 5m}, {@code 4h}, {@code 1d} into milliseconds. */
public final class Durations {
    private Durations() {
    }

    /** @throws IllegalArgumentException if the text is not a number followed by ms, s, m, h or d */
    public static long parseMillis(String text) {
        String t = text.trim();
        long unit;
        String digits;
        if (t.endsWith("ms")) {
            unit = 1;
            digits = t.substring(0, t.length() - 2);
        } else if (t.endsWith("s")) {
            unit = 1000;
            digits = t.substring(0, t.length() - 1);
        } else if (t.endsWith("m")) {
            unit = 60_000;
            digits = t.substring(0, t.length() - 1);
        } else if (t.endsWith("h")) {
            unit = 3_600_000;
            digits = t.substring(0, t.length() - 1);
        } else if (t.endsWith("d")) {
            unit = 86_400_000;
            digits = t.substring(0, t.length() - 1);
        } else {
            throw new IllegalArgumentException("expected a duration such as 250ms, 30s, 5m, 4h or 1d but was '"
                    + text + "'");
        }
        try {
            long n = Long.parseLong(digits);
            if (n < 0) {
                throw new IllegalArgumentException("duration must not be negative: '" + text + "'");
            }
            return Math.multiplyExact(n, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("expected a duration such as 250ms, 30s, 5m, 4h or 1d but was '"
                    + text + "'");
        }
    }
}
