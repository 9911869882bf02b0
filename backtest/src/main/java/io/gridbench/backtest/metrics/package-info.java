/**
 * Recording (a mutable {@link io.gridbench.backtest.metrics.RunRecorder} per replay, every wait kept
 * for exact percentiles) separated from the immutable results model ({@link io.gridbench.backtest.metrics.BacktestResults})
 * that reports are rendered from.
 */
package io.gridbench.backtest.metrics;
