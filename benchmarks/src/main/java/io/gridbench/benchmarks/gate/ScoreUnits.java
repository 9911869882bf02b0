package io.gridbench.benchmarks.gate;

/** Converts JMH's score units ({@code ops/us}, {@code ns/op}, ...) to operations per second. */
final class ScoreUnits {

    private ScoreUnits() {
    }

    /**
     * @throws IllegalArgumentException for a unit that is neither {@code ops/<time>} nor {@code <time>/op}
     */
    static double opsPerSecond(double score, String unit) {
        int slash = unit.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("unknown score unit '" + unit + "'");
        }
        String left = unit.substring(0, slash);
        String right = unit.substring(slash + 1);
        if ("ops".equals(left)) {
            return score / secondsIn(right, unit);
        }
        if ("op".equals(right)) {
            return 1.0 / (score * secondsIn(left, unit));
        }
        throw new IllegalArgumentException("unknown score unit '" + unit + "'");
    }

    private static double secondsIn(String timeUnit, String unit) {
        switch (timeUnit) {
            case "ns":
                return 1e-9;
            case "us":
                return 1e-6;
            case "ms":
                return 1e-3;
            case "s":
                return 1.0;
            case "min":
                return 60.0;
            default:
                throw new IllegalArgumentException("unknown time unit '" + timeUnit + "' in score unit '" + unit + "'");
        }
    }

    /**
     * Any figure in the style of {@link #humanRate}: SI suffixes from a thousand up, three significant digits below
     * ({@code 24.1k}, {@code 812}, {@code 14.9}, {@code 0.245}), never scientific notation.
     */
    static String human(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        if (Math.abs(value) >= 1e3) {
            return humanRate(value);
        }
        if (value == 0) {
            return "0";
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(3)).toPlainString();
    }

    /** A human figure: {@code 5.21M}, {@code 13.4k}, {@code 812}. */
    static String humanRate(double opsPerSecond) {
        if (Double.isNaN(opsPerSecond)) {
            return "-";
        }
        if (opsPerSecond >= 1e9) {
            return String.format(java.util.Locale.ROOT, "%.2fG", opsPerSecond / 1e9);
        }
        if (opsPerSecond >= 1e6) {
            return String.format(java.util.Locale.ROOT, "%.2fM", opsPerSecond / 1e6);
        }
        if (opsPerSecond >= 1e3) {
            return String.format(java.util.Locale.ROOT, "%.1fk", opsPerSecond / 1e3);
        }
        return String.format(java.util.Locale.ROOT, "%.1f", opsPerSecond);
    }
}
