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

    /**
     * Summarises a histogram. For the report's charts, bucket {@code b} counts values from
     * {@code histogramEdges[b]} up to twice that (bucket 0 holds zeros).
     */
    public static Percentiles of(Histogram h) {
        if (h.getTotalCount() == 0) {
            return new Percentiles(0, 0, 0, 0, 0, new long[0], new long[0]);
        }
        long max = h.getMaxValue();
        int buckets = 64 - Long.numberOfLeadingZeros(Math.max(1, max)) + 1;
        long[] edges = new long[buckets];
        long[] counts = new long[buckets];
        for (int b = 1; b < buckets; b++) {
            edges[b] = 1L << (b - 1);
        }
        for (HistogramIterationValue v : h.recordedValues()) {
            long value = v.getValueIteratedTo();
            int b = value <= 0 ? 0 : 64 - Long.numberOfLeadingZeros(value);
            counts[Math.min(b, buckets - 1)] += v.getCountAtValueIteratedTo();
        }
        return new Percentiles(h.getTotalCount(), h.getValueAtPercentile(50), h.getValueAtPercentile(90),
                h.getValueAtPercentile(99), max, edges, counts);
    }
}
