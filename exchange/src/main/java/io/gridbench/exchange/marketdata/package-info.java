/**
 * Market data as the venue keeps and serves it: trade prints ({@link io.gridbench.exchange.marketdata.TradeTape},
 * paged newest first), OHLCV candles for every {@link io.gridbench.exchange.marketdata.CandleInterval}, updated per
 * trade ({@link io.gridbench.exchange.marketdata.CandleAggregator}), and the records the backtester replays. Owned by the
 * venue's core thread; the records are immutable.
 */
package io.gridbench.exchange.marketdata;
