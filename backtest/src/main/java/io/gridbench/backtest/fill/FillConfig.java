package io.gridbench.backtest.fill;

import io.gridbench.exchange.market.Prices;

/**
 * The simulated venue's execution assumptions, shared by every fill model.
 *
 * @param participationBps       the most of each print's or bar's reachable volume a strategy's orders may take
 *                               together, in basis points (1000 = 10%); fractions of a unit carry over to the next
 *                               print or bar
 * @param queueEstimate          how the queue ahead at our price is estimated
 * @param queueLookbackMillis    the window before activation that {@link QueueEstimate#PRINTED} looks at
 * @param latencyMillis          time from placing (or re-pricing) an order until it can trade
 * @param spreadTicks            assumed bid-ask spread: with prints, the ask is this far above a sell-aggressor
 *                               print (at least a tick); with bars only, half of it (rounded up) above the close
 * @param depthUnits             units resting at each price level of the ask side, one tick apart, that market
 *                               and marketable orders walk (the Grid's agent ladders hold 40 per level)
 */
public record FillConfig(int participationBps, QueueEstimate queueEstimate, long queueLookbackMillis,
                         long latencyMillis, long spreadTicks, long depthUnits) {

    /**
     * 25% participation, no queue ahead (1 h look-back for {@link QueueEstimate#PRINTED}), 200 ms latency, 2-tick
     * spread, 40 units per level. With {@link FillModel#DEFAULT_NAME touch}, the setting with the lowest error in
     * {@code ./gridbench fidelity --compare-fills} over 30 days of chat-fast and text-prime (README, "How accurate
     * is the backtest?").
     */
    public static final FillConfig DEFAULTS = new FillConfig(2500, QueueEstimate.NONE, 3_600_000L, 200L, 2L, 40L);

    public FillConfig {
        if (participationBps <= 0 || participationBps > 10_000) {
            throw new IllegalArgumentException("participation must be in (0, 100%]");
        }
        if (queueLookbackMillis < 0 || latencyMillis < 0 || spreadTicks < 0) {
            throw new IllegalArgumentException("look-back, latency and spread must not be negative");
        }
        if (depthUnits < 1) {
            throw new IllegalArgumentException("depth per level must be at least 1 unit, got " + depthUnits);
        }
    }

    public FillConfig withLatency(long millis) {
        return new FillConfig(participationBps, queueEstimate, queueLookbackMillis, millis, spreadTicks,
                depthUnits);
    }

    public FillConfig withQueue(QueueEstimate q) {
        return new FillConfig(participationBps, q, queueLookbackMillis, latencyMillis, spreadTicks,
                depthUnits);
    }

    public FillConfig withParticipationBps(int bps) {
        return new FillConfig(bps, queueEstimate, queueLookbackMillis, latencyMillis, spreadTicks,
                depthUnits);
    }

    public FillConfig withSpread(long ticks) {
        return new FillConfig(participationBps, queueEstimate, queueLookbackMillis, latencyMillis, ticks,
                depthUnits);
    }

    public FillConfig withDepthUnits(long unitsPerLevel) {
        return new FillConfig(participationBps, queueEstimate, queueLookbackMillis, latencyMillis, spreadTicks,
                unitsPerLevel);
    }

    /** A one-line summary for reports. */
    public String describe() {
        return "participation " + participationBps / 100.0 + "%, queue " + queueEstimate.wire() + " (look-back "
                + queueLookbackMillis / 60_000 + " min), latency " + latencyMillis + " ms, spread " + spreadTicks
                + " ticks (" + Prices.format(spreadTicks) + " USD), depth " + depthUnits + " units per level";
    }
}
