package io.gridbench.simulations.capacity;

import java.util.Locale;

/**
 * The CPU a step used, in cores (CPU seconds per wall second), split between the load generator (Gatling and
 * everything else in its JVM) and the simulated exchange's own threads when it runs in the same JVM (zero for a
 * live target). On one machine the two share the cores: when they are all busy and the generator holds most of
 * them, the step measured the machine with the generator on it, not the server. Immutable.
 *
 * @param generatorCores the load generator's use
 * @param serverCores    the in-process exchange's use (Vert.x event loops and the venue core thread)
 * @param availableCores the processors this JVM may use
 * @param machineLoad    the share of the whole machine's cores busy, other processes included (NaN: unknown)
 */
public record CpuUse(double generatorCores, double serverCores, int availableCores, double machineLoad) {
    /** Cores all busy: at least this share of them in use. */
    static final double BUSY_SHARE = 0.85;
    /** The generator's share of the used CPU above which it, not the server, is the bound. */
    static final double GENERATOR_SHARE = 0.5;
    /** Nothing measured. */
    public static final CpuUse UNKNOWN = new CpuUse(0, 0, 0, Double.NaN);

    public double totalCores() {
        return generatorCores + serverCores;
    }

    /**
     * Whether the load generator itself was the bottleneck: the machine's cores were nearly all busy and the
     * generator used most of that.
     */
    public boolean generatorBound() {
        return availableCores > 0 && totalCores() >= BUSY_SHARE * availableCores
                && generatorCores >= GENERATOR_SHARE * totalCores();
    }

    /** Whether the machine's cores were nearly all busy, whoever used them: other processes shared the step. */
    public boolean machineBusy() {
        return machineLoad >= BUSY_SHARE;
    }

    /** One sentence for the report. */
    public String describe() {
        String machine = Double.isNaN(machineLoad) ? "" : String.format(Locale.ROOT, "; the machine's cores were "
                + "%.0f %% busy, other processes included", 100 * machineLoad);
        return String.format(Locale.ROOT, "the JVM used %.2f of %d cores: %.2f the load generator's, %.2f the "
                + "simulated exchange's", totalCores(), availableCores, generatorCores, serverCores) + machine;
    }
}
