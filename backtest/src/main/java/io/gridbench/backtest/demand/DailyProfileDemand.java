package io.gridbench.backtest.demand;

import java.util.Arrays;

/**
 * Consumption that follows a daily shape: {@code tokensPerDay} spread over the 24 UTC hours by relative weights,
 * uniformly within each hour. Weights need not sum to 1; they are normalised.
 */
public final class DailyProfileDemand implements DemandModel {
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;
    private final long originMillis;
    private final double tokensPerDay;
    private final double[] share = new double[24];
    /** Tokens of one day consumed before hour h starts (index 24 = the whole day). */
    private final double[] before = new double[25];
    private final double originCumulative;

    public DailyProfileDemand(long originMillis, double tokensPerDay, double[] hourlyWeights) {
        if (hourlyWeights.length != 24) {
            throw new IllegalArgumentException("hourly_weights needs 24 values, got " + hourlyWeights.length);
        }
        double sum = 0;
        for (double w : hourlyWeights) {
            if (w < 0) {
                throw new IllegalArgumentException("hourly_weights must not be negative");
            }
            sum += w;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("hourly_weights must not all be zero");
        }
        this.originMillis = originMillis;
        this.tokensPerDay = tokensPerDay;
        for (int h = 0; h < 24; h++) {
            share[h] = tokensPerDay * hourlyWeights[h] / sum;
            before[h + 1] = before[h] + share[h];
        }
        this.originCumulative = absolute(originMillis);
    }

    private double absolute(long t) {
        long day = Math.floorDiv(t, DAY);
        long inDay = t - day * DAY;
        int hour = (int) (inDay / HOUR);
        double frac = (inDay - hour * HOUR) / (double) HOUR;
        return day * tokensPerDay + before[hour] + share[hour] * frac;
    }

    @Override
    public long cumulativeTokens(long epochMillis) {
        if (epochMillis <= originMillis) {
            return 0;
        }
        return (long) Math.floor(absolute(epochMillis) - originCumulative);
    }

    @Override
    public String describe() {
        return "daily profile " + (long) tokensPerDay + " tokens/day, hourly weights "
                + Arrays.toString(share).replace(".0,", ",");
    }
}
