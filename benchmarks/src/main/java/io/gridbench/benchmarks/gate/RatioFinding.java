package io.gridbench.benchmarks.gate;

/**
 * The gate's verdict on one {@link RatioEntry}.
 *
 * @param value    the ratio this run measured (the best attempt's when benchmarks were re-measured); NaN when not
 *                 evaluated
 * @param standing how it stands against the floor and the goal
 * @param message  one line naming the ratio, measured against recorded, floor and goal
 */
public record RatioFinding(RatioEntry entry, double value, Standing standing, String message) {

    /** Where a measured ratio stands. */
    public enum Standing {
        /** At or above the goal (and so above the floor). */
        GOAL_MET,
        /** Above the floor, below the goal: reported; fails only when targets are enforced. */
        GOAL_NOT_MET,
        /** Below the floor: the gate fails. */
        BELOW_FLOOR,
        /** One side or both did not run (not selected, or the run left their {@code @Param} value out). */
        NOT_EVALUATED
    }

    /** Whether this finding fails the gate: below the floor always, below the goal when targets are enforced. */
    public boolean failsGate(boolean enforceTargets) {
        return standing == Standing.BELOW_FLOOR || (enforceTargets && standing == Standing.GOAL_NOT_MET);
    }
}
