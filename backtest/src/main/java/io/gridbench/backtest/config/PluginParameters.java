package io.gridbench.backtest.config;

import io.gridbench.backtest.strategy.LimitPrice;
import io.gridbench.backtest.strategy.StrategyParameters;

/** {@link StrategyParameters} over a {@link ParamReader}: the plug-in's view of its block of the strategy file. */
final class PluginParameters implements StrategyParameters {
    private final ParamReader reader;

    PluginParameters(ParamReader reader) {
        this.reader = reader;
    }

    @Override
    public boolean has(String key) {
        return reader.has(key);
    }

    @Override
    public long whole(String key, long defaultValue) {
        return reader.whole(key, defaultValue, 0);
    }

    @Override
    public long signedWhole(String key, long defaultValue) {
        return reader.signedWhole(key, defaultValue);
    }

    @Override
    public double number(String key, double defaultValue) {
        return reader.number(key, defaultValue, -Double.MAX_VALUE);
    }

    @Override
    public boolean bool(String key, boolean defaultValue) {
        return reader.bool(key, defaultValue);
    }

    @Override
    public long durationMillis(String key, String defaultValue) {
        return reader.duration(key, defaultValue);
    }

    @Override
    public String choice(String key, String defaultValue, String... allowed) {
        return reader.choice(key, defaultValue, allowed);
    }

    @Override
    public long priceTicks(String key, long defaultTicks) {
        return reader.price(key, defaultTicks);
    }

    @Override
    public LimitPrice limitPrice(String key) {
        return reader.limitPrice(key);
    }

    @Override
    public RuntimeException error(String key, String detail) {
        return reader.error(key, detail);
    }
}
