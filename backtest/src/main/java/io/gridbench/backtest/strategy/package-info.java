/**
 * Ways of buying tokens. Implement {@link io.gridbench.backtest.strategy.Strategy}; react to bars, prints, fills,
 * timers, stock-outs and job arrivals; act through {@link io.gridbench.backtest.strategy.OrderGateway}. Built-in:
 * {@code fixed-ceiling} (seed 000), {@code spread-tracking}, {@code buffer-replenish} (seed 001) and {@code auto}
 * (the Auto Mode baseline of seed 002). Parameters come from YAML/JSON files (see {@code config}).
 */
package io.gridbench.backtest.strategy;
