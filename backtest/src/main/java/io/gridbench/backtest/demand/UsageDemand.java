package io.gridbench.backtest.demand;

/**
 * Recorded usage: each {@code (timestamp, tokens)} row of a usage CSV is consumed at its instant. The cumulative
 * curve is a prefix sum looked up by binary search, with the last answer cached because the replay asks in time
 * order.
 */
public final class UsageDemand implements DemandModel {
    private final long[] time;
    private final long[] cumulative;
    private final String source;
    private int cursor;

    /**
     * @param time   instants in non-decreasing order
     * @param tokens tokens used at each instant
     */
    public UsageDemand(long[] time, long[] tokens, String source) {
        this.time = time;
        this.cumulative = new long[tokens.length];
        long sum = 0;
        for (int i = 0; i < tokens.length; i++) {
            sum += tokens[i];
            cumulative[i] = sum;
        }
        this.source = source;
    }

    @Override
    public long cumulativeTokens(long epochMillis) {
        int n = time.length;
        if (n == 0 || epochMillis < time[0]) {
            return 0;
        }
        int c = cursor;
        if (time[c] <= epochMillis && (c + 1 == n || time[c + 1] > epochMillis)) {
            return cumulative[c];
        }
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (time[mid] <= epochMillis) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        cursor = lo;
        return cumulative[lo];
    }

    @Override
    public String describe() {
        return "usage file " + source + " (" + time.length + " rows, " + (time.length == 0 ? 0
                : cumulative[time.length - 1]) + " tokens)";
    }
}
