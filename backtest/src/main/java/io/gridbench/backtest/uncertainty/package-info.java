/**
 * How sure a backtest's figures are: a block bootstrap by UTC day of each strategy's average price against Auto
 * and of its time-to-fill p50, so a report can say "spread-tracking: -2.2% vs auto (95% CI -2.6% to -1.8%)" and a
 * sweep whether its top variants are distinguishable at all.
 *
 * <pre>
 *   Replay ──&gt; RunRecorder ──&gt; StrategyResult.days(): DayBlocks (cost, units per day; order waits by day)
 *                                     │
 *                                     ▼
 *   DayBootstrap(resamples, level, seed): draw n days with replacement, recompute, repeat ──&gt; Interval
 * </pre>
 */
package io.gridbench.backtest.uncertainty;
