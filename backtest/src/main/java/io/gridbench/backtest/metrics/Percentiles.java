package io.gridbench.backtest.metrics;

import java.util.Arrays;

/**
 * A latency-style summary of durations in milliseconds, exact: every percentile is a value that was recorded
 * (nearest rank), so a single 260,000 ms fill reads 260,000 ms, not a histogram bucket's upper edge. A backtest
 * records at most a few thousand waits per strategy, so keeping and sorting them all costs nothing worth saving.
 *
 * @param count number of recorded values
 */
public record Percentiles(long count, long p50, long p90, long p99, long max, long[] histogramEdges,
                          long[] histogramCounts) {

    /**
     * Summarises recorded values (not modified). For the report's charts, bucket {@code b} counts values from
     * {@code histogramEdges[b]} up to twice that (bucket 0 holds zeros).
     */
    public static Percentiles of(long[] values) {
        if (values.length == 0) {
            return new Percentiles(0, 0, 0, 0, 0, new long[0], new long[0]);
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        long max = sorted[sorted.length - 1];
        int buckets = 64 - Long.numberOfLeadingZeros(Math.max(1, max)) + 1;
        long[] edges = new long[buckets];
        long[] counts = new long[buckets];
        for (int b = 1; b < buckets; b++) {
            edges[b] = 1L << (b - 1);
        }
        for (long value : sorted) {
            int b = value <= 0 ? 0 : 64 - Long.numberOfLeadingZeros(value);
            counts[Math.min(b, buckets - 1)]++;
        }
        return new Percentiles(sorted.length, nearestRank(sorted, 50), nearestRank(sorted, 90),
                nearestRank(sorted, 99), max, edges, counts);
    }

    /** The smallest recorded value with at least {@code percent}% of the values at or below it. */
    private static long nearestRank(long[] sorted, int percent) {
        int rank = (int) Math.max(1, (sorted.length * (long) percent + 99) / 100);
        return sorted[rank - 1];
    }
}
