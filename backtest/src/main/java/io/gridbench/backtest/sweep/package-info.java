/**
 * Parameter sweeps: many variants of one strategy replayed over the same data in parallel.
 *
 * <pre>
 *   --vary max_price=2.30..2.45:0.05 --vary window=2h,4h
 *        │ SweepAxis.parse (list or inclusive decimal range)
 *        ▼
 *   SweepGrid ── cartesian product, first axis slowest ──&gt; Variant(index, {key: value})
 *        │ Sweep.specs: StrategyTemplate.variant(overrides), all checked before any replay
 *        ▼
 *   ParallelReplays: one single-threaded Replay per variant on a pool sized to the cores
 *        ▼
 *   VariantResult per variant, in grid order ──&gt; SweepResults.ranked(): demand met first, then cost +
 *                                                 shortfall at the Auto price
 * </pre>
 *
 * Entry points for benchmarks: load once with {@link io.gridbench.backtest.data.MarketData#load}, build a
 * {@link io.gridbench.backtest.sweep.Sweep} and call {@link io.gridbench.backtest.sweep.Sweep#run} per
 * invocation (runs/s = grid size / time). Reports: {@code io.gridbench.backtest.report.SweepReport}.
 */
package io.gridbench.backtest.sweep;
