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
     * WHAT TO EXPECT (the command above, 2026-12-02 12:15 UTC, a quiet moment, load average 1.4-1.9: 2,173 runs/s
     * on 1 thread, 4,226 on 2, 0.85 and 0.83 of 1 and 2 x the single replay's 99.1 M events/s; both cores busy
     * 96-98 % of the time, 0.86 per CPU second. Before the helper threads were shared and the variants built on
     * them: 3,880-3,921 runs/s on 2 threads, 0.77-0.80, cores busy 94-95 %; the quick gate of 09:49 UTC measured
     * 0.74). Earlier (2026-11-23, -f 1 -wi 2 -i 3 and the
     * full run, before the fill and replay changes of 2026-12-02): about 1,100-1,200
     * runs per second with threads=1 (each run replays 38,880 events and allocates ~54 kB, pool threads included;
     * 354 kB while each run grew two HdrHistograms and built a timeline it dropped),
     * so a 1,000-point sweep over a day of data takes about a second on one
     * core. threads=2 does 1,700-1,900 runs/s, a 1.5-1.6x speed-up, while the second core is free; when other
     * processes hold it (load average ~4) both drop, to 800-1,000 and 770-1,500 runs/s, and the speed-up can vanish.
     */
}
