/**
 * Renderers of {@link io.gridbench.backtest.metrics.BacktestResults}: console table, results.json, results.csv
 * and a self-contained report.html with uPlot inlined from its webjar.
 */
package io.gridbench.backtest.report;
