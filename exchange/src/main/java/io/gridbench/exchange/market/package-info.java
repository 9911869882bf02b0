/**
 * Reference data and units of the Grid: instruments, sides, order types and statuses with their wire names, and
 * fixed-point prices ({@link io.gridbench.exchange.market.Prices}: {@code long} ticks of 0.01 USD per unit of
 * 1,000,000 tokens; decimals only at the edges) and token-to-unit rounding ({@link
 * io.gridbench.exchange.market.TokenUnits}). The bottom of the exchange: it depends on nothing else of gridbench.
 */
package io.gridbench.exchange.market;
