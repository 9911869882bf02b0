/**
 * The event-driven replay. {@link io.gridbench.backtest.replay.Replay} merges, in time order:
 *
 * <pre>
 *   order activations (placed + latency) ─┐
 *   bar closes (visible at close)        ─┤
 *   trade prints (visible at timestamp)  ─┼─&gt; clock := t ─&gt; demand drawn to t (stock-out may cut in earlier)
 *   job arrivals                         ─┤             ─&gt; ReplayVenue fills ─&gt; Strategy callback
 *   strategy timers                      ─┘
 * </pre>
 *
 * Market data lives in primitive arrays and the loop allocates nothing per event; strategies see the market only
 * through {@code ReplayMarket}, which refuses bars that have not closed. {@link
 * io.gridbench.backtest.replay.ComparisonRun} replays several strategies over the same data and workload, on a
 * pool of threads ({@link io.gridbench.backtest.replay.ParallelReplays}).
 *
 * <p><b>Entry points for benchmarks (JMH).</b>
 * Loading and running are separate; load in {@code @Setup(Level.Trial)}, run in the {@code @Benchmark} method:
 * <pre>
 *   // once
 *   MarketData data = MarketData.load(Path.of("data/chat-fast/candles-1m.csv.gz"),
 *           Path.of("data/chat-fast/trades.csv.gz"));
 *   Workload workload = DemandFiles.load(Path.of("examples/demand/chat-app.yaml"), start, end, 1);
 *   StrategySpec spec = StrategyFiles.load(List.of(Path.of("examples/strategies/fixed-ceiling.yaml")),
 *           List.of()).get(0);                      // immutable: newStrategy() gives a fresh instance per run
 *   FillModel model = FillModel.named("trade-through");
 *
 *   // per invocation: trade events/s = data.eventCount() / time
 *   StrategyResult r = new Replay(data, model, FillConfig.DEFAULTS, workload).run(spec);
 *
 *   // per invocation: runs/s = grid.size() / time
 *   Sweep sweep = new Sweep(data, model, FillConfig.DEFAULTS, workload);     // reusable
 *   sweep.run(StrategyTemplate.load(file, List.of()), SweepGrid.parse(List.of("max_price=2.30..2.45:0.01")),
 *           ParallelReplays.defaultThreads(), ParallelReplays.Listener.NONE);
 * </pre>
 * A {@code Replay} instance runs once (it owns the run's mutable state) and is cheap to create; everything it is
 * given is immutable and may be shared by replays on other threads.
 */
package io.gridbench.backtest.replay;
