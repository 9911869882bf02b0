package io.gridbench.backtest.report;

import io.gridbench.exchange.market.Prices;

/**
 * Thins event series for charts only (the tables and files keep every number): events are grouped into at most
 * {@code buckets} equal time buckets over the run, each drawn as one marker at its first event's time with the
 * weighted average price of its events. A 90-day run with thousands of fills then stays readable. Stateless.
 */
final class ChartSeries {
    private ChartSeries() {
    }

    /**
     * @param time    event times, epoch milliseconds, non-decreasing
     * @param price   prices in ticks (0 = no price, skipped)
     * @param weight  weight of each event (quantity), or null for 1 each
     * @return {@code [seconds[], usd[]]} as {@code double[2][]}, one entry per non-empty bucket
     */
    static double[][] bucketed(long[] time, long[] price, long[] weight, long start, long end, int buckets) {
        long width = Math.max(1, (end - start + buckets - 1) / buckets);
        double[] t = new double[Math.min(buckets, time.length)];
        double[] p = new double[t.length];
        int n = 0;
        long current = Long.MIN_VALUE;
        double num = 0;
        double den = 0;
        for (int i = 0; i < time.length; i++) {
            if (price[i] <= 0) {
                continue;
            }
            long b = Math.min(buckets - 1, Math.max(0, (time[i] - start) / width));
            if (b != current) {
                if (den > 0) {
                    p[n - 1] = num / den / Prices.TICKS_PER_DOLLAR;
                }
                current = b;
                t[n++] = time[i] / 1000d;
                num = 0;
                den = 0;
            }
            double w = weight == null ? 1 : weight[i];
            num += w * price[i];
            den += w;
        }
        if (den > 0) {
            p[n - 1] = num / den / Prices.TICKS_PER_DOLLAR;
        }
        return new double[][]{java.util.Arrays.copyOf(t, n), java.util.Arrays.copyOf(p, n)};
    }
}
