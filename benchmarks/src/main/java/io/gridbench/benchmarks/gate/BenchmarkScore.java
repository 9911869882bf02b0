package io.gridbench.benchmarks.gate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One benchmark's measured result, as JMH reported it, plus the two figures the gate compares: the speed in
 * operations per second (whatever the mode and unit) and the allocation per operation from {@code -prof gc}.
 *
 * <p>The gate's speed comes from the best measurement iteration, not the mean: on a shared machine other processes
 * only ever slow an iteration down, so the best one is the least disturbed estimate of what the code can do.
 *
 * @param score            JMH's primary score in {@code unit} (the mean over iterations)
 * @param error            JMH's 99.9 % confidence half-width, NaN when too few iterations
 * @param best             the best iteration's score in {@code unit} (highest throughput or lowest time); equal to
 *                         {@code score} in {@code sample} mode, whose raw data is a histogram
 * @param allocBytesPerOp  {@code gc.alloc.rate.norm}, NaN when the GC profiler did not run
 * @param percentiles      for {@code sample} mode: percentile (0..100) to time per operation in {@code unit}
 * @param ratioSamples     per fork, each measurement iteration's {@link CpuRatioProfiler#RATIO}: speed per CPU second
 *                         over the calibration's beside it; empty when the profiler did not run
 * @param iterations       per metric, per fork, each measurement iteration's value: every secondary metric by its
 *                         name ({@code cpu.opsPerCpuSecond}), and the primary score as {@link #PRIMARY} (not in
 *                         {@code sample} mode, whose raw data is a histogram); what {@link RatioEntry}s are made of
 */
public record BenchmarkScore(BenchmarkId id, double score, double error, double best, String unit,
                             double allocBytesPerOp,
                             SortedMap<Double, Double> percentiles, List<List<Double>> ratioSamples,
                             Map<String, List<List<Double>>> iterations) {

    /** The name under which {@link #iterations} holds the primary score's iterations, in {@link #unit}. */
    public static final String PRIMARY = "primary";

    public BenchmarkScore {
        percentiles = new TreeMap<>(percentiles);
        ratioSamples = ratioSamples.stream().map(List::copyOf).toList();
        Map<String, List<List<Double>>> copy = new LinkedHashMap<>();
        iterations.forEach((metric, forks) -> copy.put(metric, forks.stream().map(List::copyOf).toList()));
        iterations = Collections.unmodifiableMap(copy);
    }

    /** A score without per-iteration figures of other metrics. */
    public BenchmarkScore(BenchmarkId id, double score, double error, double best, String unit,
                          double allocBytesPerOp, SortedMap<Double, Double> percentiles,
                          List<List<Double>> ratioSamples) {
        this(id, score, error, best, unit, allocBytesPerOp, percentiles, ratioSamples, Map.of());
    }

    public static BenchmarkScore of(BenchmarkId id, double score, String unit) {
        return new BenchmarkScore(id, score, Double.NaN, score, unit, Double.NaN, new TreeMap<>(), List.of());
    }

    /** This score with other ratio samples. */
    public BenchmarkScore withRatioSamples(List<List<Double>> samples) {
        return new BenchmarkScore(id, score, error, best, unit, allocBytesPerOp, percentiles, samples, iterations);
    }

    /** This score with one metric's per-iteration values (per fork) set. */
    public BenchmarkScore withIterations(String metric, List<List<Double>> forks) {
        Map<String, List<List<Double>>> all = new LinkedHashMap<>(iterations);
        all.put(metric, forks);
        return new BenchmarkScore(id, score, error, best, unit, allocBytesPerOp, percentiles, ratioSamples, all);
    }

    /** One metric's per-iteration values, per fork; empty when the run did not report it. */
    public List<List<Double>> iterations(String metric) {
        return iterations.getOrDefault(metric, List.of());
    }

    /** Every fork's ratio samples in one list. */
    public List<Double> pooledRatioSamples() {
        return ratioSamples.stream().flatMap(List::stream).toList();
    }

    /** The best iteration as operations per second: a throughput per second, or the inverse of a time per op. */
    public double opsPerSecond() {
        return ScoreUnits.opsPerSecond(best, unit);
    }
}
