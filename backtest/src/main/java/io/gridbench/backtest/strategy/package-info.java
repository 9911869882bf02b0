/**
 * Ways of buying tokens. Implement {@link io.gridbench.backtest.strategy.Strategy}; react to bars, prints, fills,
 * timers, stock-outs and job arrivals; act through {@link io.gridbench.backtest.strategy.OrderGateway}. Built-in:
 * {@code fixed-ceiling} (seed 000), {@code spread-tracking}, {@code buffer-replenish} (seed 001) and {@code auto}
 * (the Auto Mode baseline of seed 002). Parameters come from YAML/JSON files (see {@code config}).
 *
 * <p>Limit prices ({@link io.gridbench.backtest.strategy.LimitPrice}) are absolute ({@code 2.42}) or relative to
 * the market as known at the instant the price is needed ({@code vwap-1%}, {@code vwap(6h)}, {@code last+0.5%},
 * {@code mid-0.02}), so one strategy file works on instruments trading at different prices. A
 * {@link io.gridbench.backtest.strategy.LimitPricer} computes them from
 * {@link io.gridbench.backtest.strategy.MarketState} only, which shows closed bars and past prints and nothing
 * later.
 */
package io.gridbench.backtest.strategy;
