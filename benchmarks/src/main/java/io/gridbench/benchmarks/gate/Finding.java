package io.gridbench.benchmarks.gate;

/**
 * The gate's verdict on one benchmark with the figures behind it.
 *
 * @param score    the measured result; null when {@link Verdict#MISSING}
 * @param expected the baseline entry; null when {@link Verdict#NEW}
 * @param relative the measured speed divided by the calibration benchmark's in this run; NaN when missing
 * @param verdict  the outcome
 * @param message  one line naming the benchmark, measured against expected
 */
public record Finding(BenchmarkId id, BenchmarkScore score, BaselineEntry expected, double relative,
                      double minRatio, Verdict verdict, String message) {

    /** Measured ratio as a fraction of the baseline ratio (1.0 = as fast as when the baseline was recorded). */
    public double fractionOfBaseline() {
        return expected == null ? Double.NaN : relative / expected.relative();
    }
}
