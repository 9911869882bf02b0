package io.gridbench.benchmarks.gate;

/**
 * What the committed baseline expects of one benchmark.
 *
 * @param opsPerSecond       the speed measured when the baseline was recorded (informative: machines differ)
 * @param relative           that speed divided by the calibration benchmark's, in the same run: what the gate checks
 * @param minRatio           the fraction of {@code relative} below which the gate fails; NaN means the default
 * @param target             an absolute goal in operations per second, reported (and enforced on request); NaN if none
 * @param maxAllocBytesPerOp the most {@code gc.alloc.rate.norm} may be; NaN means allocation is not checked
 */
public record BaselineEntry(BenchmarkId id, double opsPerSecond, double relative, double minRatio, double target,
                            double maxAllocBytesPerOp) {

    /** This entry re-measured: new speed and ratio, same thresholds. */
    public BaselineEntry remeasured(double newOpsPerSecond, double newRelative) {
        return new BaselineEntry(id, newOpsPerSecond, newRelative, minRatio, target, maxAllocBytesPerOp);
    }
}
