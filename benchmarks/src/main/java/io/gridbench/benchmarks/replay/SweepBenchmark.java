package io.gridbench.benchmarks.replay;

import io.gridbench.backtest.config.StrategyTemplate;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.replay.ParallelReplays;
import io.gridbench.backtest.sweep.Sweep;
import io.gridbench.backtest.sweep.SweepGrid;
import io.gridbench.backtest.sweep.VariantResult;
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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A parameter sweep as {@code ./gridbench sweep} runs it: {@link Sweep#run} over a 4 x 4 grid of the fixed-ceiling
 * strategy (ceiling 2.48-2.54 USD, 40-160 units per 4-hour window) on a day of one-minute bars with 26 prints a
 * minute, on {@link #threads} replay threads. One operation is one variant's complete backtest run, so the score
 * reads as runs per second; each invocation includes what the sweep runner does around the replays (building the
 * 16 strategies from the template, on the replay threads; handing work to the shared helper thread; dropping the
 * timelines), but not loading the files, which a sweep does once. The heap is small and pre-touched for the reason
 * {@link ReplayBenchmark} gives: on this project's VMs a page's first touch costs 30-40 us, and a 1 GB heap's eden
 * grows into untouched pages during the first seconds of a fork, where the gate's quick run measures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch"})
public class SweepBenchmark {

    static final int VARIANTS = 16;
    private static final String TEMPLATE = """
            type: fixed-ceiling
            name: sweep-benchmark
            max_price: 2.50
            include_existing_balance: false
            units_per_window: 80
            window: 4h
            """;
    private static final List<String> GRID = List.of("max_price=2.48..2.54:0.02", "units_per_window=40,80,120,160");

    /** Replay threads of the sweep's pool; 1 runs every variant on the benchmark thread. */
    @Param({"1", "2"})
    public int threads;

    private Sweep sweep;
    private StrategyTemplate template;
    private SweepGrid grid;

    @Setup
    public void prepare() throws IOException {
        Path file = Files.createTempFile("sweep-benchmark-", ".yaml");
        try {
            Files.writeString(file, TEMPLATE);
            // The template keeps the parsed tree; the path is only quoted in error messages.
            template = StrategyTemplate.load(file, List.of());
        } finally {
            Files.delete(file);
        }
        grid = SweepGrid.parse(GRID);
        if (grid.size() != VARIANTS) {
            throw new IllegalStateException("the grid has " + grid.size() + " variants, expected " + VARIANTS);
        }
        sweep = new Sweep(SyntheticMarket.withTrades(11, 24 * 60, ReplayBenchmark.PRINTS_PER_MINUTE),
                FillModel.named("touch"), FillConfig.DEFAULTS, Strategies.workload());
        if (run().size() != VARIANTS) {
            throw new IllegalStateException("the sweep did not return one result per variant");
        }
    }

    @Benchmark
    @OperationsPerInvocation(VARIANTS)
    public List<VariantResult> run() {
        return sweep.run(template, grid, threads, ParallelReplays.Listener.NONE);
    }

    /*
     * HOW TO RUN:
     *   java -jar benchmarks/target/benchmarks.jar SweepBenchmark
     *
     * Beside its bound, the single replay, in the same run and per second of CPU time (holds on a loaded machine):
     *   java -jar benchmarks/target/benchmarks.jar 'SweepBenchmark|ReplayBenchmark.tradeEvents' \
     *       -p strategy=fixed-ceiling -prof io.gridbench.benchmarks.cpu.ProcessCpuProfiler -prof gc
     * then sweep events per CPU second = cpu.opsPerCpuSecond x 38,880, against ReplayBenchmark's.
     *
     * WHAT TO EXPECT (the command above, 2 forks, 2026-12-02 18:49 UTC, load average 1.5-3.5): 3,710 runs/s on 1
     * thread, 6,184 on 2 (cores busy 1.92); 128 M events per CPU second on 2 threads against the single replay's
     * 155 M, 0.83 (0.75-0.77 before the account settled demand lazily and prints were replayed in runs). Per CPU
     * second the sweep runs alike on 2 threads, on 1, and as two independent sweeps side by side (3,474, 3,497 and
     * 3,514 runs, 19:00-19:04 UTC): what separates it from the anchor is the JIT profile of 16 variants, some of
     * which stock out or rest below the market, against the anchor's one strategy. Each run allocates about 60 kB
     * (result, order log, pool bookkeeping).
     */
}
