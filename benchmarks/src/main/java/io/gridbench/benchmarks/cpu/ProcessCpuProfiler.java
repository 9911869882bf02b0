package io.gridbench.benchmarks.cpu;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.runner.options.TimeValue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JMH profiler for throughput benchmarks that run threads of their own (a sweep's replay pool): the benchmark
 * JVM's CPU time per iteration, all threads counted, as two secondary results. {@value #OPS_PER_CPU_SECOND} is the
 * score per second of CPU time: on a shared machine other processes take whole time slices from an iteration, which
 * lowers the wall-clock score but not this one, so two benchmarks' figures compare even when the machine is loaded.
 * {@value #CPU_SHARE} is CPU seconds per wall second: 2.0 means two cores busy the whole iteration. Pool threads
 * that end with each invocation are counted, which per-thread CPU time cannot do. The count includes the JIT and
 * the garbage collector: what a benchmark allocates it pays for here.
 *
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar SweepBenchmark -prof io.gridbench.benchmarks.cpu.ProcessCpuProfiler
 * </pre>
 */
public final class ProcessCpuProfiler implements InternalProfiler {

    public static final String OPS_PER_CPU_SECOND = "cpu.opsPerCpuSecond";
    public static final String CPU_SHARE = "cpu.share";

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long wallStart;
    private long cpuStart;

    @Override
    public String getDescription() {
        return "gridbench: the score per second of the benchmark JVM's CPU time (all threads), and its CPU share";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        wallStart = System.nanoTime();
        cpuStart = os.getProcessCpuTime();
    }

    @Override
    public List<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                 IterationResult result) {
        long cpu = os.getProcessCpuTime() - cpuStart;
        long wall = System.nanoTime() - wallStart;
        double share = cpu / (double) wall;
        Result<?> primary = result.getPrimaryResult();
        double opsPerSecond = opsPerSecond(primary.getScore(), benchmarkParams.getTimeUnit());
        return List.of(
                new ScalarResult(CPU_SHARE, share, "cpu/wall", AggregationPolicy.AVG),
                new ScalarResult(OPS_PER_CPU_SECOND, opsPerSecond / share, "ops/cpu-s", AggregationPolicy.MAX));
    }

    /** A throughput score in operations per {@code unit}, as operations per second. */
    static double opsPerSecond(double score, TimeUnit unit) {
        return score * TimeValue.seconds(1).convertTo(unit);
    }
}
