package io.gridbench.simulations.capacity;

import java.util.Locale;

/**
 * Says when a step was over-saturated, whatever its SLO: throughput stopped following the offered rate (the server
 * answers fewer requests per second than arrive, so its backlog grows), or latency grew within the step (each later
 * arrival waited longer: a queue without bound). Either way a higher rate only adds queueing, so the search stops
 * raising the rate. Stateless.
 */
public final class Saturation {
    /** Throughput below this share of the offered rate is not keeping up. */
    static final double MIN_ACHIEVED_SHARE = 0.9;
    /** Mean latency of the last quarter of arrivals over the first quarter's above this is growing. */
    static final double MAX_LATENCY_GROWTH = 2.0;
    /** ...and by at least this many ms, so the wobble of a fast server (3 ms to 7 ms, a GC pause) is not growth. */
    static final double MIN_GROWTH_MS = 250;

    private Saturation() {
    }

    /**
     * @param offeredRate    requests per second that arrived during the step
     * @param achievedRate   successful requests per second
     * @param firstQuarterMs mean latency of the first quarter of the step's arrivals (NaN: unknown)
     * @param lastQuarterMs  the same of the last quarter
     * @return why the step is over-saturated, or {@code null} when it is not
     */
    public static String of(double offeredRate, double achievedRate, double firstQuarterMs, double lastQuarterMs) {
        if (offeredRate > 0 && achievedRate < MIN_ACHIEVED_SHARE * offeredRate) {
            return String.format(Locale.ROOT, "over-saturated: throughput %.1f/s did not follow the %.1f/s offered",
                    achievedRate, offeredRate);
        }
        if (firstQuarterMs > 0 && lastQuarterMs > MAX_LATENCY_GROWTH * firstQuarterMs
                && lastQuarterMs - firstQuarterMs >= MIN_GROWTH_MS) {
            return String.format(Locale.ROOT, "over-saturated: latency grew from %.0f ms to %.0f ms within the step",
                    firstQuarterMs, lastQuarterMs);
        }
        return null;
    }
}
