package io.gridbench.backtest.metrics;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * A latency-style summary of durations in milliseconds, read from an HdrHistogram (3 significant digits).
 *
 * @param count number of recorded values
 */
public record Percentiles(long count, long p50, long p90, long p99, long max, long[] histogramEdges,
                          long[] histogramCounts) {

    /** The percentiles reported, in the order of the record's fields. */
    private static final double[] REPORTED = {50, 90, 99};

    /**
     * Summarises a histogram. For the report's charts, bucket {@code b} counts values from
     * {@code histogramEdges[b]} up to twice that (bucket 0 holds zeros).
     *
     * <p>One pass over the recorded values gives the chart's buckets and the three percentiles together, each the
     * value {@link Histogram#getValueAtPercentile} returns: a sweep summarises two histograms per variant, and four
     * walks over counts arrays sized for waits of days were a tenth of a one-day variant's replay.
     */
    public static Percentiles of(Histogram h) {
        long total = h.getTotalCount();
        if (total == 0) {
            return new Percentiles(0, 0, 0, 0, 0, new long[0], new long[0]);
        }
        long max = h.getMaxValue();
        int buckets = 64 - Long.numberOfLeadingZeros(Math.max(1, max)) + 1;
        long[] edges = new long[buckets];
        long[] counts = new long[buckets];
        for (int b = 1; b < buckets; b++) {
            edges[b] = 1L << (b - 1);
        }
        long[] ranks = new long[REPORTED.length];
        for (int i = 0; i < ranks.length; i++) {
            ranks[i] = rank(REPORTED[i], total);
        }
        long[] at = new long[REPORTED.length];
        int found = 0;
        long cumulative = 0;
        for (HistogramIterationValue v : h.recordedValues()) {
            long value = v.getValueIteratedTo();
            long count = v.getCountAtValueIteratedTo();
            int b = value <= 0 ? 0 : 64 - Long.numberOfLeadingZeros(value);
            counts[Math.min(b, buckets - 1)] += count;
            cumulative += count;
            while (found < at.length && cumulative >= ranks[found]) {
                at[found++] = value;
            }
        }
        return new Percentiles(total, at[0], at[1], at[2], max, edges, counts);
    }

    /** How many recorded values lie at or below the percentile: HdrHistogram's own rounding, for equal results. */
    private static long rank(double percentile, long total) {
        double requested = Math.min(Math.max(Math.nextAfter(percentile, Double.NEGATIVE_INFINITY), 0.0), 100.0);
        return Math.max(1, (long) Math.ceil(requested * total / 100.0));
    }
}
