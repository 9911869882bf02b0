package io.gridbench.simulations.capacity;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of a capacity search: every step in the order run, the highest rate that passed (NaN when none did),
 * the lowest that failed (NaN when none did), and why the search ended. Immutable.
 */
public record CapacityResult(List<StepResult> steps, double highestPassingRate, double lowestFailingRate,
                             String end) {
    /** Latency more than this many times the lightest step's median marks the knee... */
    static final double KNEE_LATENCY_FACTOR = 2.0;
    /** ...when it also grew by this many ms. */
    static final double KNEE_MIN_MS = 50;

    public CapacityResult {
        steps = List.copyOf(steps);
    }

    /** The steps by offered rate, lowest first. */
    public List<StepResult> byRate() {
        return steps.stream().sorted(Comparator.comparingDouble(StepResult::offeredRate)).toList();
    }

    /**
     * The knee: the highest tested rate before the curve bends, that is before the first rate (by offered rate) at
     * which throughput no longer followed the offered rate or the median latency more than doubled against the
     * lightest step's. NaN when no tested rate bent.
     */
    public double kneeRate() {
        List<StepResult> sorted = byRate();
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        double base = sorted.get(0).latencyP50Ms();
        double knee = Double.NaN;
        for (StepResult s : sorted) {
            boolean lagging = s.achievedRate() < Saturation.MIN_ACHIEVED_SHARE * s.offeredRate();
            boolean slower = !Double.isNaN(base) && s.latencyP50Ms() > KNEE_LATENCY_FACTOR * base
                    && s.latencyP50Ms() - base >= KNEE_MIN_MS;
            if (lagging || slower || Double.isNaN(s.latencyP50Ms())) {
                return knee;
            }
            knee = s.offeredRate();
        }
        return Double.NaN;
    }

    /** The step that ran at the highest passing rate, if any. */
    public StepResult best() {
        for (StepResult s : steps) {
            if (s.offeredRate() == highestPassingRate) {
                return s;
            }
        }
        return null;
    }

    /** The step that set the answer: the lowest failing one, else the highest passing one; null without steps. */
    public StepResult limitingStep() {
        double rate = Double.isNaN(lowestFailingRate) ? highestPassingRate : lowestFailingRate;
        for (StepResult s : steps) {
            if (s.offeredRate() == rate) {
                return s;
            }
        }
        return null;
    }

    /** The first step (by rate) where the load generator itself was the bound, if any. */
    public StepResult generatorBound() {
        for (StepResult s : byRate()) {
            if (s.generatorBound()) {
                return s;
            }
        }
        return null;
    }

    /** The answer in one sentence. */
    public String answer(String simulation, String slo) {
        StringBuilder out = new StringBuilder();
        if (Double.isNaN(highestPassingRate)) {
            out.append(String.format(Locale.ROOT, "No tested rate of %s met the SLO %s: %s.", simulation, slo, end));
        } else {
            StepResult best = best();
            out.append(String.format(Locale.ROOT, "%s met the SLO %s up to %s requests/s (goodput %.1f/s",
                    simulation, slo, CapacitySearch.rate(highestPassingRate), best.goodput()));
            for (StepResult.Measurement m : best.measurements()) {
                if (!Double.isNaN(m.measured())) {
                    out.append(", ").append(m.term()).append(' ').append(String.format(Locale.ROOT,
                            m.term().equals("errors") ? "%.2f%%" : "%.0f ms", m.measured()));
                }
            }
            out.append(')');
            if (!Double.isNaN(lowestFailingRate)) {
                StepResult failing = steps.stream().filter(s -> s.offeredRate() == lowestFailingRate).findFirst()
                        .orElseThrow();
                out.append(String.format(Locale.ROOT, "; at %s/s it failed (%s)",
                        CapacitySearch.rate(lowestFailingRate), failing.failure()));
            } else {
                out.append("; every tested rate passed, so the limit lies above it");
            }
            out.append('.');
        }
        double knee = kneeRate();
        if (!Double.isNaN(knee)) {
            out.append(" Knee: ").append(CapacitySearch.rate(knee)).append("/s.");
        }
        StepResult limit = limitingStep();
        if (limit != null && limit.cpu().machineBusy() && !limit.generatorBound()) {
            out.append(String.format(Locale.ROOT, " At %s/s the machine's cores were %.0f %% busy with other "
                    + "processes included: the answer is this shared machine's.",
                    CapacitySearch.rate(limit.offeredRate()), 100 * limit.cpu().machineLoad()));
        }
        StepResult bound = generatorBound();
        if (bound != null) {
            out.append(String.format(Locale.ROOT, " The load generator was the bottleneck from %s/s on (%s): the "
                    + "answer measures this machine with the generator on it, not the server alone.",
                    CapacitySearch.rate(bound.offeredRate()), bound.generatorEvidence()));
        }
        return out.toString();
    }
}
