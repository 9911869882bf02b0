/**
 * Strategy and demand files (YAML or JSON) with {@code --set} overrides, read by the exchange's
 * {@link io.gridbench.exchange.config.ConfigTree}. Every key is typed and checked; unknown keys, keys given twice and
 * wrong types are errors naming {@code file:line:column} and the key (or the {@code --set} option that set it).
 *
 * <p>{@code max_price} (fixed-ceiling, spread-tracking, buffer-replenish) is a USD number in whole cents or a
 * market-relative price in the grammar of {@link io.gridbench.backtest.config.LimitPrices}: {@code vwap},
 * {@code vwap(<window>)} (default 24h), {@code last} or {@code mid}, optionally followed by {@code +/-} USD
 * ({@code mid-0.02}) or {@code +/-} percent ({@code vwap-1%}). fixed-ceiling's {@code include_existing_balance}
 * defaults to true, as in seed 000's JavaScript version (its Python version defaults to false).
 */
package io.gridbench.backtest.config;
