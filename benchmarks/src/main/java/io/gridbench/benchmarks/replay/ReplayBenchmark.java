package io.gridbench.benchmarks.replay;

import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.backtest.replay.Replay;
import io.gridbench.benchmarks.slowdown.Slowdown;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Backtest replay speed per strategy: one invocation is a whole {@link Replay} run (construction included, as the
 * backtest command does it), and one operation is one market event, so the score reads as events per second.
 * {@link #tradeEvents()} replays a week of one-minute bars with 26 prints a minute (prints drive fills);
 * {@link #candles()} replays 91 days of bars alone (bars drive fills). The data is generated once, seeded.
 *
 * <p>The heap is small and pre-touched. Every replay leaves its result (order log and time line, about 600 kB a run,
 * 4.7 B per bar) as garbage, and on this project's VMs the first touch of a page costs 30-40 us (pre-touching 1 GB
 * took 8.2 s, 256 MB 2.9 s). With the 1 GB heap it had, G1 grew eden into untouched pages for the first 5-10 s of a
 * fork: the benchmark thread took 30-48 thousand page faults a second, 20-30 % of its CPU time in the kernel, and
 * {@link #candles()} ran at 0.3-0.5 of its speed in the first seconds of a fork, which is where the gate's quick run
 * (2 s warm-up) measures. 256 MB holds the data sets (25 MB live) with room to spare.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch"})
public class ReplayBenchmark {

    static final int WEEK_MINUTES = 7 * 24 * 60;
    static final int PRINTS_PER_MINUTE = 26;
    /** Bars plus prints of the trades data set. */
    static final int TRADE_EVENTS = WEEK_MINUTES * (PRINTS_PER_MINUTE + 1);
    static final int CANDLE_MINUTES = 1 << 17;

    @Param({"auto", "fixed-ceiling", "buffer-replenish", "spread-tracking"})
    public String strategy;

    private MarketData trades;
    private MarketData bars;
    private final FillModel model = FillModel.named("touch");
    /** Repeats replays when the gate measures itself; never in a normal run. */
    private Slowdown slowdown;

    @Setup
    public void generate() {
        trades = SyntheticMarket.withTrades(7, WEEK_MINUTES, PRINTS_PER_MINUTE);
        bars = SyntheticMarket.candlesOnly(7, CANDLE_MINUTES);
        if (new Replay(trades, model, FillConfig.DEFAULTS, Strategies.workload()).eventCount() != TRADE_EVENTS) {
            throw new IllegalStateException("the trades data set does not hold " + TRADE_EVENTS + " events");
        }
        StrategyResult check = run(trades);
        if (check == null) {
            throw new IllegalStateException("no result from " + strategy);
        }
        slowdown = Slowdown.of(Slowdown.Path.REPLAY);
    }

    @Benchmark
    @OperationsPerInvocation(TRADE_EVENTS)
    public StrategyResult tradeEvents() {
        return runSlowed(trades);
    }

    @Benchmark
    @OperationsPerInvocation(CANDLE_MINUTES)
    public StrategyResult candles() {
        return runSlowed(bars);
    }

    private StrategyResult runSlowed(MarketData data) {
        StrategyResult result = run(data);
        for (int n = slowdown.owed(); n > 0; n--) {
            result = run(data);
        }
        return result;
    }

    private StrategyResult run(MarketData data) {
        return new Replay(data, model, FillConfig.DEFAULTS, Strategies.workload())
                .run(Strategies.create(strategy), strategy, strategy, Map.of());
    }

    /*
     * HOW TO RUN:
     *   java -jar benchmarks/target/benchmarks.jar ReplayBenchmark -prof gc
     *   java -jar benchmarks/target/benchmarks.jar ReplayBenchmark.tradeEvents -p strategy=auto
     *
     * WHAT TO EXPECT (the gate's quick recording, 3 forks, 2026-12-02 19:04-19:22 UTC, 2-vCPU AMD EPYC VM): 142-232 M
     * trade events per second on one thread by strategy (fixed-ceiling 156 M), well above the 10 M target; bars alone
     * 56-69 M/s. Before the account settled demand lazily and prints were replayed in runs: 46-61 M and 12-58 M.
     * Forks differ by up to a fifth (fixed-ceiling 155-190 M events per CPU second at 18:49-19:00 UTC): the JIT's
     * profile, not the load. Allocation is 0.4-1.1 B per trade event and 5-31 B per bar: the per-run result (time
     * line, orders) amortised over the run, nothing per event.
     */
}
