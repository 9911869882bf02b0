package io.gridbench.backtest.report;

/** Short human durations for tables: {@code 850ms}, {@code 42s}, {@code 3.5m}, {@code 2.1h}, {@code 4.0d}. */
public final class DurationFormat {
    private DurationFormat() {
    }

    /** The duration in its largest fitting unit, one decimal from minutes up. */
    public static String human(long ms) {
        if (ms < 1000) {
            return ms + "ms";
        }
        if (ms < 60_000) {
            return ms / 1000 + "s";
        }
        if (ms < 3_600_000) {
            return String.format(java.util.Locale.ROOT, "%.1fm", ms / 60_000d);
        }
        if (ms < 86_400_000) {
            return String.format(java.util.Locale.ROOT, "%.1fh", ms / 3_600_000d);
        }
        return String.format(java.util.Locale.ROOT, "%.1fd", ms / 86_400_000d);
    }
}
