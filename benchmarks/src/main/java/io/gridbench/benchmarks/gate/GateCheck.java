package io.gridbench.benchmarks.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compares a run's scores with the baseline. Stateless.
 *
 * <p>A benchmark regresses when it is below {@code minRatio} (default 0.5) of its baseline on <em>both</em> of two
 * measures: its speed relative to the calibration benchmark of the same run (so a uniformly slower machine passes),
 * and its absolute speed (so a calibration that happened to run in a quiet moment of a busy machine, inflating the
 * denominator, does not fail everything else). It also fails when it allocates more than its budget, or when the
 * pattern selected it and it produced no result.
 *
 * <p>When benchmarks were measured again (retries), each attempt is set against its own calibration and the best
 * attempt counts. {@code sample}-mode results are latency distributions: their mean is dominated by the rare
 * operation the OS preempted, which varies tenfold between runs on a shared machine, so their speed is reported but
 * not gated (their allocation is). Each has a throughput twin that is gated.
 */
public final class GateCheck {

    private final Baseline baseline;
    private final boolean enforceTargets;

    public GateCheck(Baseline baseline, boolean enforceTargets) {
        this.baseline = baseline;
        this.enforceTargets = enforceTargets;
    }

    /**
     * @param selection the JMH include pattern of the run: baseline entries it matches must have a result
     * @throws GateException when the run has no scores or lacks the calibration benchmark
     */
    public GateReport check(List<BenchmarkScore> scores, Pattern selection) {
        return checkAttempts(List.of(scores), selection);
    }

    /**
     * @param attempts the first run and any re-measurements, each with its own calibration result
     * @throws GateException when no attempt has scores or an attempt lacks the calibration benchmark
     */
    public GateReport checkAttempts(List<List<BenchmarkScore>> attempts, Pattern selection) {
        if (attempts.isEmpty() || attempts.get(0).isEmpty()) {
            throw new GateException("the run produced no benchmark results: nothing to gate");
        }
        double firstReference = baseline.referenceSpeed(attempts.get(0));
        Map<BenchmarkId, Measured> best = new LinkedHashMap<>();
        for (List<BenchmarkScore> attempt : attempts) {
            double reference = baseline.referenceSpeed(attempt);
            for (BenchmarkScore s : attempt) {
                if (!s.id().benchmark().equals(baseline.reference())) {
                    best.merge(s.id(), new Measured(s, s.opsPerSecond() / reference),
                            (a, b) -> merit(b) > merit(a) ? b : a);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (BaselineEntry entry : baseline.entries()) {
            Measured measured = best.remove(entry.id());
            if (measured != null) {
                findings.add(judge(entry, measured.score(), measured.relative()));
            } else if (selection.matcher(entry.id().benchmark()).find()) {
                findings.add(new Finding(entry.id(), null, entry, Double.NaN, baseline.minRatio(entry),
                        Verdict.MISSING, entry.id() + ": in the baseline but the run produced no result for it"));
            }
        }
        for (Measured m : best.values()) {
            findings.add(new Finding(m.score().id(), m.score(), null, m.relative(), baseline.defaultMinRatio(),
                    Verdict.NEW, m.score().id() + ": " + ScoreUnits.humanRate(m.score().opsPerSecond())
                    + " ops/s, not in the baseline yet (record it with --update-baseline)"));
        }
        return new GateReport(firstReference, findings, enforceTargets);
    }

    /** How well an attempt did against the baseline: the better of its two fractions (the one the gate uses). */
    private double merit(Measured m) {
        return baseline.entry(m.score().id())
                .map(e -> Math.max(m.relative() / e.relative(), absoluteFraction(m.score(), e)))
                .orElse(m.relative());
    }

    private static double absoluteFraction(BenchmarkScore score, BaselineEntry entry) {
        return Double.isNaN(entry.opsPerSecond()) ? 0 : score.opsPerSecond() / entry.opsPerSecond();
    }

    private Finding judge(BaselineEntry entry, BenchmarkScore score, double relative) {
        double minRatio = baseline.minRatio(entry);
        double fraction = relative / entry.relative();
        double absolute = absoluteFraction(score, entry);
        double speed = score.opsPerSecond();
        boolean sample = "sample".equals(entry.id().mode());
        if (fraction < minRatio && absolute < minRatio && !sample) {
            return new Finding(entry.id(), score, entry, relative, minRatio, Verdict.REGRESSED, String.format(
                    Locale.ROOT, "%s: measured %s ops/s, %.0f%% of baseline (ratio to calibration %.4g, expected "
                            + "%.4g; absolute %.0f%% of %s ops/s); fails below %.0f%% on both", entry.id(),
                    ScoreUnits.humanRate(speed), fraction * 100, relative, entry.relative(), absolute * 100,
                    ScoreUnits.humanRate(entry.opsPerSecond()), minRatio * 100));
        }
        double maxAlloc = entry.maxAllocBytesPerOp();
        if (!Double.isNaN(maxAlloc) && !Double.isNaN(score.allocBytesPerOp()) && score.allocBytesPerOp() > maxAlloc) {
            return new Finding(entry.id(), score, entry, relative, minRatio, Verdict.ALLOCATES, String.format(
                    Locale.ROOT, "%s: allocates %.1f B/op, expected at most %.1f B/op", entry.id(),
                    score.allocBytesPerOp(), maxAlloc));
        }
        if (!Double.isNaN(entry.target()) && speed < entry.target()) {
            return new Finding(entry.id(), score, entry, relative, minRatio, Verdict.BELOW_TARGET, String.format(
                    Locale.ROOT, "%s: measured %s ops/s, below its target of %s ops/s (%.0f%% of baseline)",
                    entry.id(), ScoreUnits.humanRate(speed), ScoreUnits.humanRate(entry.target()), fraction * 100));
        }
        return new Finding(entry.id(), score, entry, relative, minRatio, Verdict.PASS, String.format(Locale.ROOT,
                "%s: %s ops/s, %.0f%% of baseline%s", entry.id(), ScoreUnits.humanRate(speed), fraction * 100,
                sample ? " (latency distribution: reported, not gated)" : ""));
    }

    /** One benchmark's score in one attempt and its ratio to that attempt's calibration. */
    private record Measured(BenchmarkScore score, double relative) {
    }
}
