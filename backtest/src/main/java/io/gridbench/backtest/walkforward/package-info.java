/**
 * Walk-forward validation of parameter sweeps: choose the best variant on a training window, score it on the next
 * (unseen) test window, roll forward, and report in-sample against out-of-sample cost so the selection bias of a
 * sweep is a number on the page.
 *
 * <pre>
 *   --walk-forward train=30d,test=7d       WalkForwardSpec.parse
 *        │
 *        ▼   for each window: MarketData.between(train) ──&gt; Sweep ──&gt; WalkForward.rank ──&gt; chosen variant
 *   WalkForward.run                         MarketData.between(test)  ──&gt; Sweep ──&gt; chosen's result, its rank,
 *        │                                                                          the hindsight best
 *        ▼
 *   WalkForwardWindow per window ──&gt; WalkForwardResults (pooled in-sample / out-of-sample / hindsight vs Auto)
 * </pre>
 *
 * Reports: {@code io.gridbench.backtest.report.WalkForwardReport}.
 */
package io.gridbench.backtest.walkforward;
