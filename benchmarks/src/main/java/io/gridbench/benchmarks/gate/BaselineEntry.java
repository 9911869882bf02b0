package io.gridbench.benchmarks.gate;

import java.util.List;

/**
 * What the committed baseline expects of one benchmark.
 *
 * @param opsPerSecond       the speed measured when the baseline was recorded (informative: machines differ)
 * @param relative           that speed divided by the calibration benchmark's, in the same run: what the gate checks
 * @param minRatio           the fraction of {@code relative} below which the gate fails; NaN means the default
 * @param target             an absolute goal in operations per second, reported (and enforced on request); NaN if none
 * @param maxAllocBytesPerOp the most {@code gc.alloc.rate.norm} may be; NaN means allocation is not checked
 * @param samples            per-iteration {@link CpuRatioProfiler#RATIO}s of the quick runs that recorded the
 *                           baseline, all forks pooled; empty for an entry judged by {@code minRatio} alone
 * @param threshold          the ratio to the baseline the rank test is against, derived from the forks' spread
 *                           when the baseline was recorded; NaN when {@code samples} is empty
 */
public record BaselineEntry(BenchmarkId id, double opsPerSecond, double relative, double minRatio, double target,
                            double maxAllocBytesPerOp, List<Double> samples, double threshold) {

    public BaselineEntry {
        samples = List.copyOf(samples);
    }

    /** An entry without rank-test samples, judged on its best iteration against {@code minRatio}. */
    public static BaselineEntry ofBestIteration(BenchmarkId id, double opsPerSecond, double relative,
                                                double minRatio, double target, double maxAllocBytesPerOp) {
        return new BaselineEntry(id, opsPerSecond, relative, minRatio, target, maxAllocBytesPerOp, List.of(),
                Double.NaN);
    }

    /** This entry re-measured: new speed, ratio and samples, same budgets and targets. */
    public BaselineEntry remeasured(double newOpsPerSecond, double newRelative, List<Double> newSamples,
                                    double newThreshold) {
        return new BaselineEntry(id, newOpsPerSecond, newRelative, minRatio, target, maxAllocBytesPerOp, newSamples,
                newThreshold);
    }

    /**
     * Whether the gate judges this entry with the rank test: it has samples, no fixed {@code minRatio} of its own
     * (entries that keep one, such as the two-thread sweep, whose samples were recorded while its pool threads
     * ended with each invocation and took their CPU time with them, are judged on their best iteration) and is not
     * a latency distribution.
     */
    public boolean rankTested() {
        return !samples.isEmpty() && Double.isNaN(minRatio) && !"sample".equals(id.mode());
    }
}
