package io.gridbench.simulations.capacity;

import java.util.List;
import java.util.Locale;

/**
 * One step of a capacity search: a run at one offered rate, what it achieved and whether it passed. A step passes
 * when it met every term of the SLO and was not over-saturated. Immutable.
 *
 * @param offeredRate    requests per second the step offered
 * @param achievedRate   successful requests per second (throughput)
 * @param goodput        requests per second within every per-request threshold
 * @param errorPct       failed requests, percent
 * @param measurements   each SLO term as measured, in the SLO's order (errors last when given)
 * @param meetsSlo       every term held
 * @param saturation     why the step was over-saturated, or {@code null} when it was not
 * @param latencyP50Ms   median whole-response latency (NaN without a success), for the knee and the chart
 * @param latencyP95Ms   95th percentile whole-response latency
 * @param latencyP99Ms   99th percentile whole-response latency
 * @param cpu            what the step cost the machine
 * @param scheduleLagSeconds how much longer than planned the step's arrivals took: the load generator fell behind
 *                       its own schedule (0 when on time)
 * @param report         the step's Gatling report, relative to the capacity report's folder
 */
public record StepResult(double offeredRate, double achievedRate, double goodput, double errorPct,
                         List<Measurement> measurements, boolean meetsSlo, String saturation, double latencyP50Ms,
                         double latencyP95Ms, double latencyP99Ms, CpuUse cpu, double scheduleLagSeconds,
                         String report) {
    /** Arrivals this many seconds late, beyond timer noise, mean the generator could not keep its schedule. */
    static final double LATE_SECONDS = 1.0;

    public StepResult {
        measurements = List.copyOf(measurements);
    }

    /** One SLO term at this step: its threshold and what was measured (NaN: no sample). */
    public record Measurement(String term, double threshold, double measured, boolean held) {
    }

    /** Whether this rate is within capacity: the SLO held and throughput kept up. */
    public boolean passed() {
        return meetsSlo && saturation == null;
    }

    /** Whether the load generator itself was the bottleneck: its CPU, or its schedule fell behind. */
    public boolean generatorBound() {
        return cpu.generatorBound() || scheduleLagSeconds > LATE_SECONDS;
    }

    /** What showed the generator was the bound, for the answer. */
    public String generatorEvidence() {
        String lag = scheduleLagSeconds > LATE_SECONDS ? String.format(Locale.ROOT, "its arrivals ran %.1f s behind "
                + "schedule; ", scheduleLagSeconds) : "";
        return lag + cpu.describe();
    }

    /** Why it failed, in a few words; empty when it passed. */
    public String failure() {
        StringBuilder why = new StringBuilder();
        for (Measurement m : measurements) {
            if (!m.held()) {
                String unit = m.term().equals("errors") ? "%" : " ms";
                why.append(why.length() == 0 ? "" : ", ").append(m.term()).append(Double.isNaN(m.measured())
                        ? " had no sample" : " " + format(m.measured()) + unit + " > " + format(m.threshold()) + unit);
            }
        }
        if (saturation != null) {
            why.append(why.length() == 0 ? "" : "; ").append(saturation);
        }
        return why.toString();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
