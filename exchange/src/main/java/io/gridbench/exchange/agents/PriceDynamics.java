package io.gridbench.exchange.agents;

/**
 * How an instrument's reference price moves: an Ornstein–Uhlenbeck process in log price around the instrument's
 * base price, whose mean follows a daily cycle, plus occasional jumps that the mean reversion then pulls back.
 *
 * @param volatilityPerSqrtDay      diffusion of log price per square root of a day (0.12 is about 12 % a day)
 * @param meanReversionHalfLifeHours how long a deviation from the mean takes to halve
 * @param intradayAmplitude         the daily cycle of the mean, as a fraction of the base price (0.03 = +-3 %)
 * @param jumpsPerDay               Poisson rate of jumps
 * @param jumpStdDev                standard deviation of a jump in log price
 * @param maxDeviation              hard bound of the log-price deviation from base, so nothing runs away
 */
public record PriceDynamics(double volatilityPerSqrtDay, double meanReversionHalfLifeHours, double intradayAmplitude,
                            double jumpsPerDay, double jumpStdDev, double maxDeviation) {

    public PriceDynamics {
        SettingRanges.requireNonNegative("price.volatilityPerSqrtDay", volatilityPerSqrtDay);
        SettingRanges.requirePositive("price.meanReversionHalfLifeHours", meanReversionHalfLifeHours);
        SettingRanges.requireRange("price.intradayAmplitude", intradayAmplitude, 0, 0.5);
        SettingRanges.requireNonNegative("price.jumpsPerDay", jumpsPerDay);
        SettingRanges.requireNonNegative("price.jumpStdDev", jumpStdDev);
        SettingRanges.requireRange("price.maxDeviation", maxDeviation, 0.01, 2);
    }

    /** About 5 % stationary noise, a 6 h half-life, a +-3 % daily cycle and two 4 % jumps a day. */
    public static PriceDynamics defaults() {
        return new PriceDynamics(0.12, 6, 0.03, 2, 0.04, 0.5);
    }
}
