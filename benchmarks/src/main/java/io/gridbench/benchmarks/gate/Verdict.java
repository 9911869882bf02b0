package io.gridbench.benchmarks.gate;

/** How one benchmark fared against the baseline; {@link #failsGate()} says which verdicts make the gate fail. */
public enum Verdict {
    /** At or above its threshold (and within its allocation budget). */
    PASS(false),
    /** Below {@code minRatio} of its baseline ratio to the calibration benchmark. */
    REGRESSED(true),
    /** Allocates more per operation than the baseline allows. */
    ALLOCATES(true),
    /** In the baseline and selected by the pattern, but the run produced no result for it. */
    MISSING(true),
    /** Passed the relative check but is below its absolute target (fails only with target enforcement). */
    BELOW_TARGET(false),
    /** Measured, but the baseline has no entry for it yet. */
    NEW(false);

    private final boolean failsGate;

    Verdict(boolean failsGate) {
        this.failsGate = failsGate;
    }

    public boolean failsGate() {
        return failsGate;
    }
}
