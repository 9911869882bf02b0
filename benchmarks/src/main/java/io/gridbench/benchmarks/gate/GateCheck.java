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
 * <p>A benchmark whose baseline entry has samples ({@link BaselineEntry#rankTested()}) regresses when a one-sided
 * rank test ({@link RatioTest}) finds its per-iteration ratios (speed per CPU second over the calibration loop's,
 * measured beside each iteration) significantly below the entry's threshold times the baseline's; its allocation
 * is checked as below. The rest are judged on their best iteration:
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
    private final Map<String, List<String>> params;

    public GateCheck(Baseline baseline, boolean enforceTargets) {
        this(baseline, enforceTargets, Map.of());
    }

    /** @param params the run's {@code @Param} restriction: baseline entries outside it are not expected to run */
    public GateCheck(Baseline baseline, boolean enforceTargets, Map<String, List<String>> params) {
        this.baseline = baseline;
        this.enforceTargets = enforceTargets;
        this.params = Map.copyOf(params);
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
            if (measured != null && entry.rankTested()) {
                findings.add(rankTested(entry, attempts));
            } else if (measured != null) {
                findings.add(judge(entry, measured.score(), measured.relative()));
            } else if (selection.matcher(entry.id().benchmark()).find() && withinParams(entry.id())) {
                findings.add(new Finding(entry.id(), null, entry, Double.NaN, baseline.minRatio(entry), null,
                        Verdict.MISSING, entry.id() + ": in the baseline but the run produced no result for it"));
            }
        }
        for (Measured m : best.values()) {
            findings.add(new Finding(m.score().id(), m.score(), null, m.relative(), baseline.defaultMinRatio(), null,
                    Verdict.NEW, m.score().id() + ": " + ScoreUnits.humanRate(m.score().opsPerSecond())
                    + " ops/s, not in the baseline yet (record it with --update-baseline)"));
        }
        return new GateReport(firstReference, findings, ratios(attempts), enforceTargets);
    }

    /**
     * Each ratio entry measured in the attempts that ran both its sides (one attempt's figures for both: a ratio is
     * never made of two runs); the best attempt counts, as for benchmarks.
     */
    List<RatioFinding> ratios(List<List<BenchmarkScore>> attempts) {
        List<RatioFinding> out = new ArrayList<>();
        for (RatioEntry entry : baseline.ratios()) {
            double best = Double.NaN;
            for (List<BenchmarkScore> attempt : attempts) {
                BenchmarkScore top = find(attempt, entry.numerator().id());
                BenchmarkScore bottom = entry.denominator() == null ? null : find(attempt, entry.denominator().id());
                if (top != null && (bottom != null || entry.denominator() == null)) {
                    double value = entry.measure(top, bottom);
                    if (!Double.isNaN(value) && (Double.isNaN(best) || value > best)) {
                        best = value;
                    }
                }
            }
            out.add(Double.isNaN(best) ? entry.notEvaluated(whyNot(entry, attempts.get(0))) : entry.judge(best));
        }
        return out;
    }

    private static String whyNot(RatioEntry entry, List<BenchmarkScore> run) {
        List<String> missing = new ArrayList<>();
        for (RatioSide side : entry.sides()) {
            BenchmarkScore score = find(run, side.id());
            if (score == null) {
                missing.add(side.id().display() + " did not run");
            } else if (side.values(score).stream().allMatch(List::isEmpty)) {
                missing.add(side.id().display() + " ran without " + side.metric());
            }
        }
        return String.join("; ", missing);
    }

    private static BenchmarkScore find(List<BenchmarkScore> run, BenchmarkId id) {
        return run.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    private boolean withinParams(BenchmarkId id) {
        return params.entrySet().stream().allMatch(p -> !id.params().containsKey(p.getKey())
                || p.getValue().contains(id.params().get(p.getKey())));
    }

    /**
     * The rank test of each attempt that measured the entry with ratio samples; the entry regresses only when every
     * one of them does, and the finding reports the attempt that did best (highest p-value). An attempt without
     * samples (a result file from before the profiler) is judged on its best iteration instead.
     */
    private Finding rankTested(BaselineEntry entry, List<List<BenchmarkScore>> attempts) {
        Finding best = null;
        for (List<BenchmarkScore> attempt : attempts) {
            double reference = baseline.referenceSpeed(attempt);
            for (BenchmarkScore s : attempt) {
                if (!s.id().equals(entry.id())) {
                    continue;
                }
                Finding f = s.pooledRatioSamples().isEmpty()
                        ? judge(entry, s, s.opsPerSecond() / reference)
                        : judgeRanks(entry, s, s.opsPerSecond() / reference);
                if (best == null || better(f, best)) {
                    best = f;
                }
            }
        }
        return best;
    }

    private static boolean better(Finding a, Finding b) {
        boolean aFails = a.verdict() == Verdict.REGRESSED;
        boolean bFails = b.verdict() == Verdict.REGRESSED;
        if (aFails != bFails) {
            return bFails;
        }
        return a.test() != null && b.test() != null && a.test().pValue() > b.test().pValue();
    }

    private Finding judgeRanks(BaselineEntry entry, BenchmarkScore score, double relative) {
        RatioTest test = RatioTest.of(score.pooledRatioSamples(), entry.samples(), entry.threshold(),
                RatioTest.ALPHA);
        String speed = ScoreUnits.humanRate(score.opsPerSecond());
        if (test.regressed()) {
            return new Finding(entry.id(), score, entry, relative, entry.threshold(), test, Verdict.REGRESSED,
                    entry.id() + ": measured " + speed + " ops/s, speed per CPU second relative to the calibration "
                            + test.describe() + "; fails when significantly below "
                            + String.format(Locale.ROOT, "%.0f%%", entry.threshold() * 100));
        }
        Finding allocation = allocation(entry, score, relative, entry.threshold(), test);
        if (allocation != null) {
            return allocation;
        }
        Finding target = belowTarget(entry, score, relative, entry.threshold(), test, test.estimate());
        if (target != null) {
            return target;
        }
        return new Finding(entry.id(), score, entry, relative, entry.threshold(), test, Verdict.PASS,
                entry.id() + ": " + speed + " ops/s, " + test.describe());
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
            return new Finding(entry.id(), score, entry, relative, minRatio, null, Verdict.REGRESSED, String.format(
                    Locale.ROOT, "%s: measured %s ops/s, %.0f%% of baseline (ratio to calibration %.4g, expected "
                            + "%.4g; absolute %.0f%% of %s ops/s); fails below %.0f%% on both", entry.id(),
                    ScoreUnits.humanRate(speed), fraction * 100, relative, entry.relative(), absolute * 100,
                    ScoreUnits.humanRate(entry.opsPerSecond()), minRatio * 100));
        }
        Finding allocation = allocation(entry, score, relative, minRatio, null);
        if (allocation != null) {
            return allocation;
        }
        Finding target = belowTarget(entry, score, relative, minRatio, null, fraction);
        if (target != null) {
            return target;
        }
        return new Finding(entry.id(), score, entry, relative, minRatio, null, Verdict.PASS, String.format(Locale.ROOT,
                "%s: %s ops/s, %.0f%% of baseline%s", entry.id(), ScoreUnits.humanRate(speed), fraction * 100,
                sample ? " (latency distribution: reported, not gated)" : ""));
    }

    /** ALLOCATES when the score allocates more per operation than the entry's budget, else null. */
    private static Finding allocation(BaselineEntry entry, BenchmarkScore score, double relative, double threshold,
                                      RatioTest test) {
        double maxAlloc = entry.maxAllocBytesPerOp();
        if (!Double.isNaN(maxAlloc) && !Double.isNaN(score.allocBytesPerOp()) && score.allocBytesPerOp() > maxAlloc) {
            return new Finding(entry.id(), score, entry, relative, threshold, test, Verdict.ALLOCATES, String.format(
                    Locale.ROOT, "%s: allocates %.1f B/op, expected at most %.1f B/op", entry.id(),
                    score.allocBytesPerOp(), maxAlloc));
        }
        return null;
    }

    /** BELOW_TARGET when the best iteration is below the entry's absolute target, else null. */
    private static Finding belowTarget(BaselineEntry entry, BenchmarkScore score, double relative, double threshold,
                                       RatioTest test, double fraction) {
        double speed = score.opsPerSecond();
        if (!Double.isNaN(entry.target()) && speed < entry.target()) {
            return new Finding(entry.id(), score, entry, relative, threshold, test, Verdict.BELOW_TARGET,
                    String.format(Locale.ROOT, "%s: measured %s ops/s, below its target of %s ops/s (%.0f%% of "
                                    + "baseline)", entry.id(), ScoreUnits.humanRate(speed),
                            ScoreUnits.humanRate(entry.target()), fraction * 100));
        }
        return null;
    }

    /** One benchmark's score in one attempt and its ratio to that attempt's calibration. */
    private record Measured(BenchmarkScore score, double relative) {
    }
}
