/**
 * Market-data files and their in-memory form. Loading goes in three steps so errors stay exact and replay stays
 * fast:
 *
 * <pre>
 *   file(.gz) --line scan (CsvFile)--&gt; every field checked, errors FILE:LINE:COLUMN
 *             --Tablesaw, explicit column types--&gt; typed columns
 *             --CandleCsv / TradeCsv--&gt; primitive arrays (CandleSeries, TradeSeries) + order/gap/OHLC checks
 * </pre>
 *
 * The schema is documented in {@code data/README.md}.
 */
package io.gridbench.backtest.data;
