/**
 * Historical market data in gridbench's schema, per instrument folder:
 *
 * <pre>
 *   data/&lt;instrument&gt;/candles-1m.csv.gz   timestamp,open,high,low,close,volume      (bar open time, UTC, no gaps)
 *   data/&lt;instrument&gt;/trades.csv.gz       timestamp,trade_id,price,quantity,aggressor_side   (by time, ms)
 *   data/&lt;instrument&gt;/generator.json      how synthetic data was made (seed, days, start, agent settings)
 *   data/&lt;instrument&gt;/source.json         where recorded data came from (API, market, range, first/last bar)
 * </pre>
 *
 * Two sources write it: {@link io.gridbench.backtest.history.HistoryGenerator} runs the simulated venue and its
 * market agents in simulated time ({@code ./gridbench generate-data}), and
 * {@link io.gridbench.backtest.history.HistoryRecorder} pulls it from a Trading API ({@code ./gridbench record}).
 * Files are written atomically and deterministically (same input, same bytes).
 */
package io.gridbench.backtest.history;
