/**
 * The event-driven replay. {@link io.gridbench.backtest.replay.Replay} merges, in time order:
 *
 * <pre>
 *   order activations (placed + latency) ─┐
 *   bar closes (visible at close)        ─┤
 *   trade prints (visible at timestamp)  ─┼─&gt; clock := t ─&gt; demand drawn to t (stock-out may cut in earlier)
 *   job arrivals                         ─┤             ─&gt; SimulatedVenue fills ─&gt; Strategy callback
 *   strategy timers                      ─┘
 * </pre>
 *
 * Market data lives in primitive arrays and the loop allocates nothing per event; strategies see the market only
 * through {@code ReplayMarket}, which refuses bars that have not closed. {@link
 * io.gridbench.backtest.replay.ComparisonRun} replays several strategies over the same data and workload.
 */
package io.gridbench.backtest.replay;
