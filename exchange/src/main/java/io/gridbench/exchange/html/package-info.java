/**
 * What gridbench's HTML reports (backtest, sweep, streaming load test, benchmark gate) share: escaping of text and
 * the inlined uPlot chart library. The one home of both, so every report escapes the same way and opens offline.
 */
package io.gridbench.exchange.html;
