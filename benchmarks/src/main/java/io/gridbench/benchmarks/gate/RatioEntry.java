package io.gridbench.benchmarks.gate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A ratio the gate holds: one benchmark's figure over another's (its anchor), both from the same run, so that
 * what the machine's load does to both divides out. The gate fails when the ratio is below {@link #floor}, and
 * reports whether it reaches {@link #goal} (failing on that only with {@code --enforce-targets}).
 *
 * <pre>{@code
 * "ratios": [
 *   { "name": "engine", "about": "gridbench's array book over exchange-core's direct book, same flow",
 *     "numerator":   { "benchmark": "...ExchangeCoreComparisonBenchmark.gridbench", "metric": "gate.cpuRatio" },
 *     "denominator": { "benchmark": "...ExchangeCoreComparisonBenchmark.exchangeCore", "metric": "gate.cpuRatio" },
 *     "recorded": 2.1, "floor": 1.6, "goal": 1.5 }
 * ]
 * }</pre>
 *
 * <p>A run's ratio is the median of every numerator iteration's value over every denominator iteration's (a
 * Hodges-Lehmann-style estimate of a ratio): one iteration the machine disturbed moves it by one rank, whatever its
 * size. The floor is set like a benchmark's rank-test threshold ({@link Baseline#thresholdFor}): when the baseline
 * is recorded in several forks, every pairing of a numerator fork with a denominator fork gives a ratio, and the
 * floor is {@link #MARGIN} below the lowest of them (as a share of the recorded ratio), kept within
 * {@link Baseline#MIN_THRESHOLD}-{@link Baseline#MAX_THRESHOLD} of the recorded ratio.
 *
 * @param name        a short name ({@code engine}, {@code server}, {@code sweep})
 * @param about       what the ratio says, for the summary
 * @param denominator null for a figure held against a fixed anchor: the ratio is then the numerator's value
 *                    (times its scale) alone
 * @param recorded    the ratio when the baseline was recorded; NaN until it is
 * @param floor       the gate fails below it; NaN until recorded (then the ratio is reported, never failed)
 * @param goal        what the project aims for (the goal); reported as met or not
 */
public record RatioEntry(String name, String about, RatioSide numerator, RatioSide denominator, double recorded,
                         double floor, double goal) {

    /**
     * How far below its lowest recorded pairing of forks a ratio's floor lies: a benchmark's margin
     * ({@link Baseline#THRESHOLD_MARGIN}) for each side, since a ratio carries the noise of both.
     */
    public static final double MARGIN = 2 * Baseline.THRESHOLD_MARGIN;

    /** The sides there are: the numerator, and the denominator unless the anchor is fixed. */
    public List<RatioSide> sides() {
        return denominator == null ? List.of(numerator) : List.of(numerator, denominator);
    }

    /** The profilers the sides need that the gate does not always run, in order, without repeats. */
    public List<String> profilers() {
        return sides().stream().map(RatioSide::profiler).filter(p -> p != null).distinct().toList();
    }

    /**
     * This run's ratio from the two sides' scores (the denominator's is ignored for a fixed anchor).
     *
     * @return NaN when a side has no values of its metric
     */
    public double measure(BenchmarkScore numeratorScore, BenchmarkScore denominatorScore) {
        return estimate(pooled(numerator.values(numeratorScore)), denominatorValues(denominatorScore));
    }

    /**
     * This entry recorded again from a baseline run: the ratio over all forks, and the floor from the forks'
     * spread; name, sides and goal stay.
     */
    public RatioEntry rerecorded(BenchmarkScore numeratorScore, BenchmarkScore denominatorScore) {
        List<List<Double>> top = numerator.values(numeratorScore).stream().filter(f -> !f.isEmpty()).toList();
        List<List<Double>> bottom = denominator == null ? List.of(List.of(1.0))
                : denominator.values(denominatorScore).stream().filter(f -> !f.isEmpty()).toList();
        double ratio = estimate(pooled(top), pooled(bottom));
        if (Double.isNaN(ratio)) {
            return this;
        }
        double lowest = Double.POSITIVE_INFINITY;
        for (List<Double> t : top) {
            for (List<Double> b : bottom) {
                lowest = Math.min(lowest, estimate(t, b));
            }
        }
        double share = top.size() * bottom.size() < 2 ? Baseline.SINGLE_FORK_THRESHOLD
                : Math.max(Baseline.MIN_THRESHOLD, Math.min(Baseline.MAX_THRESHOLD,
                lowest / ratio - MARGIN));
        return new RatioEntry(name, about, numerator, denominator, fourDigits(ratio), fourDigits(ratio * share), goal);
    }

    /** Judges a measured ratio against the floor and the goal. */
    public RatioFinding judge(double value) {
        String measured = String.format(Locale.ROOT, "ratio %s: %s (%s)", name, figure(value), recordedText());
        if (!Double.isNaN(floor) && value < floor) {
            return new RatioFinding(this, value, RatioFinding.Standing.BELOW_FLOOR,
                    measured + ", below its floor of " + figure(floor) + ": " + fraction());
        }
        if (value >= goal) {
            return new RatioFinding(this, value, RatioFinding.Standing.GOAL_MET, measured + ", goal met");
        }
        return new RatioFinding(this, value, RatioFinding.Standing.GOAL_NOT_MET,
                measured + ", goal not met (reported; fails only with --enforce-targets)");
    }

    /** The finding of a ratio whose sides did not both run; {@code why} names what is missing. */
    public RatioFinding notEvaluated(String why) {
        return new RatioFinding(this, Double.NaN, RatioFinding.Standing.NOT_EVALUATED,
                "ratio " + name + ": not evaluated, " + why);
    }

    /** {@code gridbench... / exchangeCore...}: what is divided by what. */
    public String fraction() {
        return numerator.display() + (denominator == null ? "" : " over " + denominator.display());
    }

    private String recordedText() {
        return String.format(Locale.ROOT, "recorded %s, floor %s, goal >= %s", figure(recorded),
                Double.isNaN(floor) ? "none yet" : figure(floor), figure(goal));
    }

    /** Three significant digits, as the summary shows ratios. */
    static String figure(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3g", value);
    }

    private List<Double> denominatorValues(BenchmarkScore score) {
        return denominator == null ? List.of(1.0) : pooled(denominator.values(score));
    }

    private static List<Double> pooled(List<List<Double>> forks) {
        return forks.stream().flatMap(List::stream).toList();
    }

    /**
     * The median of every {@code top[i] / bottom[j]}.
     *
     * @return NaN when either list is empty
     */
    static double estimate(List<Double> top, List<Double> bottom) {
        if (top.isEmpty() || bottom.isEmpty()) {
            return Double.NaN;
        }
        double[] ratios = new double[top.size() * bottom.size()];
        int n = 0;
        for (double t : top) {
            for (double b : bottom) {
                ratios[n++] = t / b;
            }
        }
        Arrays.sort(ratios);
        int mid = ratios.length / 2;
        return ratios.length % 2 == 1 ? ratios[mid] : (ratios[mid - 1] + ratios[mid]) / 2;
    }

    private static double fourDigits(double value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.4g", value));
    }
}
