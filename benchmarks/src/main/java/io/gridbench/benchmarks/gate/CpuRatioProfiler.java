package io.gridbench.benchmarks.gate;

import io.gridbench.benchmarks.calibration.CalibrationLoop;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * A JMH profiler that gives every iteration of every benchmark the figure the gate tests: its speed per second of
 * CPU time divided by the speed of {@link CalibrationLoop} per second of CPU time, measured in the same JVM right
 * before and right after that iteration. Runs in the forked benchmark JVM, on JMH's runner thread, between
 * iterations (the benchmark threads are idle then).
 *
 * <p>Why both: on a shared machine a benchmark thread loses the CPU to other processes for whole time slices, which
 * lowers its wall-clock score but not its score per CPU second; what CPU time cannot see (a busy sibling
 * hyperthread, shared caches, frequency changes) slows the calibration pass next to it as much, and divides out.
 * CPU time is counted per Java thread, not for the process: on a starved machine the JIT compiler threads are still
 * catching up during the measured iterations, and with process CPU time Ed25519 verify swung 2.5x between
 * iterations at load average 17, against 15 % with thread CPU time (2 cores, 2026-12-02).
 *
 * <p>Secondary results, one value per iteration ({@code rawData} in JMH's JSON): {@value #RATIO} (the gate's
 * sample), {@value #CPU_SHARE} (CPU seconds per wall second: how much of the iteration the benchmark had the CPU)
 * and {@value #CALIBRATION} (calibration operations per CPU second).
 */
public final class CpuRatioProfiler implements InternalProfiler {

    /** The per-iteration ratio: benchmark ops per CPU second over calibration ops per CPU second. */
    public static final String RATIO = "gate.cpuRatio";
    public static final String CPU_SHARE = "gate.cpuShare";
    public static final String CALIBRATION = "gate.calibration";

    /** About 10-20 ms of calibration per iteration boundary on this project's machine. */
    private static final int PASSES = 2_000;
    private static final long WARM_UP_NANOS = 300_000_000L;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long[] values = CalibrationLoop.values();
    /** Where calibration results go, so that the JIT cannot drop the loop. */
    private long sink;
    private double calibrationBefore = Double.NaN;
    private long wallStart;
    private long cpuStart;

    public CpuRatioProfiler() {
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure thread CPU time");
        }
        // Compile the calibration loop before its first measurement.
        long end = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < end) {
            sink += CalibrationLoop.pass(values);
        }
    }

    @Override
    public String getDescription() {
        return "gridbench gate: speed per CPU second relative to an interleaved calibration loop";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        if (Double.isNaN(calibrationBefore)) {
            calibrationBefore = calibrate();
        }
        wallStart = System.nanoTime();
        cpuStart = benchmarkThreadsCpu();
    }

    @Override
    public List<Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                       IterationResult result) {
        long cpu = benchmarkThreadsCpu() - cpuStart;
        long wall = System.nanoTime() - wallStart;
        double calibrationAfter = calibrate();
        double calibration = (calibrationBefore + calibrationAfter) / 2;
        calibrationBefore = calibrationAfter;
        double opsPerWallSecond = ScoreUnits.opsPerSecond(result.getPrimaryResult().getScore(),
                result.getScoreUnit());
        double share = cpu <= 0 ? Double.NaN : (double) cpu / wall;
        double opsPerCpuSecond = opsPerWallSecond / share;
        return List.of(
                new ScalarResult(RATIO, opsPerCpuSecond / calibration, "ratio", AggregationPolicy.AVG),
                new ScalarResult(CPU_SHARE, share, "cpu/wall", AggregationPolicy.AVG),
                new ScalarResult(CALIBRATION, calibration, "ops/cpu-s", AggregationPolicy.AVG));
    }

    /**
     * CPU time of every Java thread but this one (JMH's runner, which only waits during an iteration): the benchmark
     * threads and any pool they use. A thread that ends during the iteration takes its CPU time with it, so a
     * benchmark that starts threads per invocation would read too fast here; the gate judges such entries with a
     * fixed ratio.
     */
    private long benchmarkThreadsCpu() {
        long self = Thread.currentThread().getId();
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            if (id != self) {
                // -1 for a thread that ended since the list was taken
                sum += Math.max(0, threads.getThreadCpuTime(id));
            }
        }
        return sum;
    }

    /** Calibration operations per CPU second of this thread, over a fixed number of passes. */
    private double calibrate() {
        long start = threads.getCurrentThreadCpuTime();
        long acc = 0;
        for (int i = 0; i < PASSES; i++) {
            acc += CalibrationLoop.pass(values);
        }
        long cpu = threads.getCurrentThreadCpuTime() - start;
        sink += acc;
        return (double) PASSES * CalibrationLoop.SIZE / (cpu / 1e9);
    }
}
