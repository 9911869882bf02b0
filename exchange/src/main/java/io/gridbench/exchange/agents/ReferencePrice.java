package io.gridbench.exchange.agents;

import io.gridbench.exchange.market.Prices;

import java.util.random.RandomGenerator;

/**
 * One instrument's reference price: an Ornstein–Uhlenbeck process in log price whose mean follows a daily cycle,
 * with jumps. It is advanced lazily to each event time with the exact OU transition, so the path does not depend
 * on how often it is observed. Owned by the venue's core thread, like the agents that hold it.
 */
final class ReferencePrice {
    private static final double MILLIS_PER_DAY = 86_400_000.0;

    private final double baseLog;
    private final PriceDynamics dynamics;
    private final double kappaPerMilli;
    private final double sigmaPerSqrtMilli;
    private final double peakHourUtc;
    private double deviation;
    private long atMillis;

    ReferencePrice(double basePriceUsd, PriceDynamics dynamics, double peakHourUtc, long startMillis) {
        this.baseLog = Math.log(basePriceUsd);
        this.dynamics = dynamics;
        this.kappaPerMilli = Math.log(2) / (dynamics.meanReversionHalfLifeHours() * 3_600_000.0);
        this.sigmaPerSqrtMilli = dynamics.volatilityPerSqrtDay() / Math.sqrt(MILLIS_PER_DAY);
        this.peakHourUtc = peakHourUtc;
        this.atMillis = startMillis;
        this.deviation = cycleMean(startMillis);
    }

    /** Moves the process forward to {@code millis}; earlier times leave it unchanged. */
    void advanceTo(long millis, RandomGenerator random) {
        long dt = millis - atMillis;
        if (dt <= 0) {
            return;
        }
        double mean = cycleMean(millis);
        double decay = Math.exp(-kappaPerMilli * dt);
        double std = sigmaPerSqrtMilli * Math.sqrt((1 - decay * decay) / (2 * kappaPerMilli));
        deviation = clamp(mean + (deviation - mean) * decay + std * random.nextGaussian());
        atMillis = millis;
    }

    /** A sudden repricing, which mean reversion then pulls back. */
    void jump(RandomGenerator random) {
        deviation = clamp(deviation + dynamics.jumpStdDev() * random.nextGaussian());
    }

    /** The current reference in (fractional) ticks. */
    double ticks() {
        return Math.exp(baseLog + deviation) * Prices.TICKS_PER_DOLLAR;
    }

    /** The mean of the log deviation at a time of day: highest at the peak hour, lowest twelve hours later. */
    private double cycleMean(long millis) {
        double hour = Math.floorMod(millis, (long) MILLIS_PER_DAY) / 3_600_000.0;
        return dynamics.intradayAmplitude() * Math.cos(2 * Math.PI * (hour - peakHourUtc) / 24.0);
    }

    private double clamp(double value) {
        double max = dynamics.maxDeviation();
        return Math.max(-max, Math.min(max, value));
    }
}
