package io.gridbench.benchmarks.calibration;

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

import java.util.concurrent.TimeUnit;

/**
 * The yardstick of the performance gate: a fixed, allocation-free loop of integer arithmetic, array reads and
 * data-dependent branches, the same kind of work as matching and replay. The gate divides every other score by this
 * one, measured in the same run, so a slower or busier machine lowers both and the ratio stays put; only a change in
 * the code under test moves it.
 *
 * <p>The loop is {@link CalibrationLoop}; the gate's profiler also runs it between the iterations of every other
 * benchmark. It must never change: editing it shifts every ratio in {@code benchmarks/baseline.json} at once.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CalibrationBenchmark {

    private long[] values;

    @Setup
    public void fill() {
        values = CalibrationLoop.values();
    }

    /** One operation is one array element: a read, a mix, a compare and a branch. */
    @Benchmark
    @OperationsPerInvocation(CalibrationLoop.SIZE)
    public long reference() {
        return CalibrationLoop.pass(values);
    }

    /*
     * HOW TO RUN:
     *   java -jar benchmarks/target/benchmarks.jar CalibrationBenchmark
     *
     * WHAT TO EXPECT: a few hundred million elements per second on one core; the absolute figure only describes the
     * machine. Run-to-run spread on a shared 2-core host is typically 10-20 %, which is why the gate compares ratios
     * to this score with a generous threshold rather than raw scores.
     */
}
