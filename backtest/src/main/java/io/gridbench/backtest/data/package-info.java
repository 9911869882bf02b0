/**
 * Market-data files and their in-memory form (and {@code LongList}, the growable primitive list the loaders and
 * the recorders fill). Loading is one pass so errors stay exact and loading stays cheap
 * next to the replays (Tablesaw was dropped here: it re-read and re-parsed what the scan had already parsed, and
 * its start-up dominated a backtest's run time):
 *
 * <pre>
 *   file(.gz) --line scan (CsvFile)--&gt; every field checked and parsed, errors FILE:LINE:COLUMN
 *             --CandleCsv / TradeCsv--&gt; primitive arrays (CandleSeries, TradeSeries) + order/gap/OHLC checks
 * </pre>
 *
 * Entry point: {@link io.gridbench.backtest.data.MarketData#load}; load once, replay many times (the arrays are
 * immutable and shared by parallel replays). The schema is documented in {@code data/README.md}.
 */
package io.gridbench.backtest.data;
