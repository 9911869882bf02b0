package io.gridbench.backtest.uncertainty;

/**
 * A point estimate with a two-sided confidence interval, in the estimate's own unit. Immutable.
 *
 * @param estimate the figure computed on the data as it was
 * @param low      the lower bound (the 2.5th percentile of the resampled figures for 95%)
 * @param high     the upper bound
 * @param level    the confidence level, e.g. 0.95
 */
public record Interval(double estimate, double low, double high, double level) {
    /** An interval that could not be estimated (no data): every figure NaN. */
    public static Interval none(double level) {
        return new Interval(Double.NaN, Double.NaN, Double.NaN, level);
    }

    /** True when the interval lies wholly above or wholly below {@code value}: distinguishable from it. */
    public boolean excludes(double value) {
        return low > value || high < value;
    }

    public boolean isKnown() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }
}
