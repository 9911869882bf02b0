package io.gridbench.benchmarks.gate;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.MannWhitneyUTest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The gate's verdict on one benchmark's speed: a one-sided Mann-Whitney U (rank) test of the run's per-iteration
 * ratios against the baseline's, asking whether the run is below {@code threshold} times the baseline, with the
 * Hodges-Lehmann estimate of the ratio and its interval. Ranks, not means: a sample disturbed by the machine is one
 * outlier among many, whatever its size.
 *
 * <p>Ratios are compared on a log scale, so "run / baseline" is a shift: the estimate is the median of all
 * pairwise quotients run[i] / baseline[j], and the interval is the one that inverts the same test at confidence
 * {@code 1 - 2 alpha} (normal approximation of U's distribution, as for the order statistics of the quotients).
 *
 * @param estimate  Hodges-Lehmann estimate of run / baseline (1.0 = as fast as the baseline)
 * @param low       lower end of the interval of that ratio
 * @param high      upper end
 * @param pValue    probability of a sample this low if the run were at {@code threshold} of the baseline
 * @param threshold the ratio the test is against
 * @param alpha     the gate fails when {@code pValue < alpha}
 * @param samples   size of the run's sample
 * @param baselineSamples size of the baseline's sample
 */
public record RatioTest(double estimate, double low, double high, double pValue, double threshold, double alpha,
                        int samples, int baselineSamples) {

    /** The gate's significance level: a benchmark fails when the test says p below this. */
    public static final double ALPHA = 0.01;

    /** @throws IllegalArgumentException when a sample is empty or holds a value that is not a positive number */
    public static RatioTest of(List<Double> run, List<Double> baseline, double threshold, double alpha) {
        double[] x = logs(run, "run");
        double[] y = logs(baseline, "baseline");
        double[] quotients = new double[x.length * y.length];
        int k = 0;
        for (double xi : x) {
            for (double yj : y) {
                quotients[k++] = xi - yj;
            }
        }
        Arrays.sort(quotients);
        int n = x.length;
        int m = y.length;
        double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(1 - alpha);
        int trim = (int) Math.floor(n * m / 2.0 - z * Math.sqrt(n * m * (n + m + 1) / 12.0));
        trim = Math.max(0, Math.min(trim, quotients.length / 2));
        double p = MannWhitneyUTest.withDefaults()
                .with(AlternativeHypothesis.LESS_THAN)
                .withMu(Math.log(threshold))
                .test(x, y)
                .getPValue();
        return new RatioTest(Math.exp(median(quotients)), Math.exp(quotients[trim]),
                Math.exp(quotients[quotients.length - 1 - trim]), p, threshold, alpha, n, m);
    }

    /** Whether the run is significantly below {@code threshold} of the baseline. */
    public boolean regressed() {
        return pValue < alpha;
    }

    /** {@code 66% of baseline (interval 62-70%, p = 0.0003 against 85%)}. */
    public String describe() {
        return String.format(Locale.ROOT, "%.0f%% of baseline (%.0f%% interval %.0f-%.0f%%, p = %.2g against %.0f%%;"
                        + " %d samples against %d)", estimate * 100, (1 - 2 * alpha) * 100, low * 100, high * 100,
                pValue, threshold * 100, samples, baselineSamples);
    }

    private static double median(double[] sorted) {
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double[] logs(List<Double> values, String name) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the " + name + " sample is empty");
        }
        double[] logs = new double[values.size()];
        for (int i = 0; i < logs.length; i++) {
            double v = values.get(i);
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("the " + name + " sample holds " + v + ", not a positive ratio");
            }
            logs[i] = Math.log(v);
        }
        return logs;
    }
}
