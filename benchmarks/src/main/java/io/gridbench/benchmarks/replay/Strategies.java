package io.gridbench.benchmarks.replay;

import io.gridbench.backtest.demand.ConstantDemand;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.strategy.AutoStrategy;
import io.gridbench.backtest.strategy.BufferReplenishStrategy;
import io.gridbench.backtest.strategy.FixedCeilingStrategy;
import io.gridbench.backtest.strategy.SpreadTrackingStrategy;
import io.gridbench.backtest.strategy.Strategy;

import java.util.List;

/**
 * The backtester's four strategy types with parameters that make them trade often on {@link SyntheticMarket} data
 * (ceilings near the 2.50 USD mid, demand of 20 units an hour), and the workload they serve. Stateless.
 */
final class Strategies {

    private static final long HOUR = 3_600_000L;

    private Strategies() {
    }

    /** A fresh strategy instance (strategies keep state during a run) by backtest type name. */
    static Strategy create(String type) {
        switch (type) {
            case "auto":
                return new AutoStrategy(10, 5);
            case "fixed-ceiling":
                return new FixedCeilingStrategy(252, false, 80, 4 * HOUR);
            case "buffer-replenish":
                return new BufferReplenishStrategy(20, 40, false, 252, 5 * 60_000L, true);
            case "spread-tracking":
                return new SpreadTrackingStrategy(0, SpreadTrackingStrategy.Peg.BID, 260, 1, 20, 40);
            default:
                throw new IllegalArgumentException("unknown strategy type '" + type + "'");
        }
    }

    /** 20 units (20M tokens) of steady demand an hour, starting with 50 units in the account. */
    static Workload workload() {
        return new Workload(50_000_000L, new ConstantDemand(SyntheticMarket.START_MILLIS, 20_000_000d), List.of());
    }
}
