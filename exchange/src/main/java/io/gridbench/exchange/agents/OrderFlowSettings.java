package io.gridbench.exchange.agents;

/**
 * The background traders' stochastic order flow on each instrument: Poisson arrivals whose intensity follows the
 * time of day, a mix of market, marketable-limit and passive-limit orders on both sides, log-normal sizes.
 *
 * @param ordersPerMinute           mean arrival rate over a day, per instrument
 * @param intradayIntensityAmplitude relative swing of the rate over the day (0.6: from 0.4x at night to 1.6x at peak)
 * @param peakHourUtc               hour of the day (UTC) when both demand and the price cycle peak
 * @param buyShare                  probability that an order buys
 * @param marketShare               probability that an order is a market order
 * @param marketableLimitShare      probability that it is a limit order priced through the opposite ladder's best
 *                                  level; the rest are passive limit orders that rest in or behind the spread
 * @param medianUnits               median order size in units (log-normal)
 * @param unitsSigma                log-normal shape of the size
 * @param maxUnits                  cap on one order's size
 * @param passiveLifetimeMinutes    mean time before an unfilled passive order is cancelled (exponential)
 */
public record OrderFlowSettings(double ordersPerMinute, double intradayIntensityAmplitude, double peakHourUtc,
                                double buyShare, double marketShare, double marketableLimitShare,
                                double medianUnits, double unitsSigma, long maxUnits,
                                double passiveLifetimeMinutes) {

    public OrderFlowSettings {
        SettingRanges.requireNonNegative("flow.ordersPerMinute", ordersPerMinute);
        SettingRanges.requireRange("flow.intradayIntensityAmplitude", intradayIntensityAmplitude, 0, 1);
        SettingRanges.requireRange("flow.peakHourUtc", peakHourUtc, 0, 24);
        SettingRanges.requireRange("flow.buyShare", buyShare, 0, 1);
        SettingRanges.requireRange("flow.marketShare", marketShare, 0, 1);
        SettingRanges.requireRange("flow.marketableLimitShare", marketableLimitShare, 0, 1 - marketShare);
        SettingRanges.requireRange("flow.medianUnits", medianUnits, 1, 1_000_000);
        SettingRanges.requireNonNegative("flow.unitsSigma", unitsSigma);
        if (maxUnits < 1) {
            throw new IllegalArgumentException("flow.maxUnits must be at least 1, got " + maxUnits);
        }
        SettingRanges.requirePositive("flow.passiveLifetimeMinutes", passiveLifetimeMinutes);
    }

    /** Two orders a minute, peaking at 15:00 UTC, a third each market, marketable and passive, median 6 units. */
    public static OrderFlowSettings defaults() {
        return new OrderFlowSettings(2.0, 0.6, 15, 0.5, 0.3, 0.3, 6, 0.8, 200, 20);
    }
}
