/**
 * Renderers of {@link io.gridbench.backtest.metrics.BacktestResults}: console table, results.json, results.csv
 * and a self-contained report.html with uPlot inlined from its webjar (escaping and the chart library come from the
 * exchange's {@code html} package, shared with the load-test and benchmark reports).
 */
package io.gridbench.backtest.report;
