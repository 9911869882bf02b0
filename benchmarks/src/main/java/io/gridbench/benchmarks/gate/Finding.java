package io.gridbench.benchmarks.gate;

/**
 * The gate's verdict on one benchmark with the figures behind it.
 *
 * @param score    the measured result; null when {@link Verdict#MISSING}
 * @param expected the baseline entry; null when {@link Verdict#NEW}
 * @param relative the measured speed divided by the calibration benchmark's in this run; NaN when missing
 * @param minRatio the threshold: the rank test's when {@code test} is set, else the best-iteration rule's
 * @param test     the rank test of the per-iteration ratios; null for entries judged on their best iteration
 * @param verdict  the outcome
 * @param message  one line naming the benchmark, measured against expected
 */
public record Finding(BenchmarkId id, BenchmarkScore score, BaselineEntry expected, double relative,
                      double minRatio, RatioTest test, Verdict verdict, String message) {

    /**
     * Measured speed as a fraction of the baseline (1.0 = as fast as when the baseline was recorded): the rank
     * test's estimate when there is one, else the best iteration's ratio to the calibration over the baseline's.
     */
    public double fractionOfBaseline() {
        if (test != null) {
            return test.estimate();
        }
        return expected == null ? Double.NaN : relative / expected.relative();
    }
}
