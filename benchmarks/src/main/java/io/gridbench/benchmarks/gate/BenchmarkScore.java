package io.gridbench.benchmarks.gate;

import java.util.List;
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
 */
public record BenchmarkScore(BenchmarkId id, double score, double error, double best, String unit,
                             double allocBytesPerOp,
                             SortedMap<Double, Double> percentiles, List<List<Double>> ratioSamples) {

    public BenchmarkScore {
        percentiles = new TreeMap<>(percentiles);
        ratioSamples = ratioSamples.stream().map(List::copyOf).toList();
    }

    public static BenchmarkScore of(BenchmarkId id, double score, String unit) {
        return new BenchmarkScore(id, score, Double.NaN, score, unit, Double.NaN, new TreeMap<>(), List.of());
    }

    /** This score with other ratio samples. */
    public BenchmarkScore withRatioSamples(List<List<Double>> samples) {
        return new BenchmarkScore(id, score, error, best, unit, allocBytesPerOp, percentiles, samples);
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
