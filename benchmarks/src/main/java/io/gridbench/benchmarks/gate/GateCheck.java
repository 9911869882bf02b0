package io.gridbench.benchmarks.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compares a run's scores with the baseline. Speeds are compared as ratios to the calibration benchmark measured in
 * the same run, so a uniformly slower machine passes; a benchmark fails when its ratio falls below
 * {@code minRatio} (default 0.5) of the baseline ratio, when it allocates more than its budget, or when the pattern
 * selected it and it produced no result. Stateless.
 *
 * <p>{@code sample}-mode results are latency distributions: their mean is dominated by the rare operation that the
 * OS preempted, which on a shared machine varies tenfold between runs, so their speed is reported but not gated
 * (their allocation still is). Each has a throughput twin that is gated.
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
        if (scores.isEmpty()) {
            throw new GateException("the run produced no benchmark results: nothing to gate");
        }
        double referenceSpeed = baseline.referenceSpeed(scores);
        Map<BenchmarkId, BenchmarkScore> best = bestById(scores);
        List<Finding> findings = new ArrayList<>();
        for (BaselineEntry entry : baseline.entries()) {
            BenchmarkScore score = best.remove(entry.id());
            if (score != null) {
                findings.add(judge(entry, score, score.opsPerSecond() / referenceSpeed));
            } else if (selection.matcher(entry.id().benchmark()).find()) {
                findings.add(new Finding(entry.id(), null, entry, Double.NaN, baseline.minRatio(entry),
                        Verdict.MISSING, entry.id() + ": in the baseline but the run produced no result for it"));
            }
        }
        for (BenchmarkScore score : best.values()) {
            if (!score.id().benchmark().equals(baseline.reference())) {
                findings.add(new Finding(score.id(), score, null, score.opsPerSecond() / referenceSpeed,
                        baseline.defaultMinRatio(), Verdict.NEW, score.id() + ": "
                        + Units.humanRate(score.opsPerSecond()) + " ops/s, not in the baseline yet"
                        + " (record it with --update-baseline)"));
            }
        }
        return new GateReport(referenceSpeed, findings, enforceTargets);
    }

    private Finding judge(BaselineEntry entry, BenchmarkScore score, double relative) {
        double minRatio = baseline.minRatio(entry);
        double fraction = relative / entry.relative();
        double speed = score.opsPerSecond();
        if (fraction < minRatio && !"sample".equals(entry.id().mode())) {
            return new Finding(entry.id(), score, entry, relative, minRatio, Verdict.REGRESSED, String.format(
                    Locale.ROOT, "%s: measured %s ops/s, %.0f%% of baseline (ratio to calibration %.4g, expected "
                            + "%.4g); fails below %.0f%%", entry.id(), Units.humanRate(speed), fraction * 100,
                    relative, entry.relative(), minRatio * 100));
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
                    entry.id(), Units.humanRate(speed), Units.humanRate(entry.target()), fraction * 100));
        }
        return new Finding(entry.id(), score, entry, relative, minRatio, Verdict.PASS, String.format(Locale.ROOT,
                "%s: %s ops/s, %.0f%% of baseline%s", entry.id(), Units.humanRate(speed), fraction * 100,
                "sample".equals(entry.id().mode()) ? " (latency distribution: reported, not gated)" : ""));
    }

    /** When a benchmark ran more than once (a retry), the faster result counts. */
    private static Map<BenchmarkId, BenchmarkScore> bestById(List<BenchmarkScore> scores) {
        Map<BenchmarkId, BenchmarkScore> best = new LinkedHashMap<>();
        for (BenchmarkScore s : scores) {
            best.merge(s.id(), s, (a, b) -> b.opsPerSecond() > a.opsPerSecond() ? b : a);
        }
        return best;
    }
}
