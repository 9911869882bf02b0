package io.gridbench.backtest.config;

import io.gridbench.backtest.strategy.Strategy;

import java.util.Map;
import java.util.function.Supplier;

/**
 * A strategy ready to run, built from a file: its report name, type, the parameters it actually uses (defaults
 * filled in) and a factory of fresh instances. Strategies hold state, so every replay needs its own instance;
 * the spec itself is immutable and may be shared by threads replaying it in parallel.
 */
public record StrategySpec(String name, String type, Map<String, Object> parameters, Supplier<Strategy> factory) {

    /** A new instance with these parameters, for one replay. */
    public Strategy newStrategy() {
        return factory.get();
    }

    /** The same strategy under another report name. */
    public StrategySpec named(String newName) {
        return new StrategySpec(newName, type, parameters, factory);
    }
}
