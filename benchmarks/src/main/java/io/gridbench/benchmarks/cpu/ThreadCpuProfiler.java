package io.gridbench.benchmarks.cpu;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A JMH profiler that splits an iteration's CPU time between two groups of threads and reports each per operation:
 * {@value #SERVER} for the threads of a server the benchmark started in its JVM (by default the Vert.x event loops
 * and the venue's core thread), {@value #WORKERS} for JMH's own benchmark threads (the client side of a request, or
 * the whole of a benchmark that does its work inline). Thread CPU time, so other processes' time slices do not
 * count: a server's CPU per request compares with the Ed25519 verify's CPU per call even on a loaded machine.
 * The server's threads must still run when the iteration ends: a server stopped in a trial-level tear-down is
 * gone by the last iteration's call, whose server figure is then left out.
 *
 * <pre>
 *   java -jar benchmarks/target/benchmarks.jar SignedRequestBenchmark -prof io.gridbench.benchmarks.cpu.ThreadCpuProfiler
 *   ... -prof 'io.gridbench.benchmarks.cpu.ThreadCpuProfiler:my-server-.*'    (another server's thread names)
 * </pre>
 */
public final class ThreadCpuProfiler implements InternalProfiler {

    public static final String SERVER = "cpu.serverNsPerOp";
    public static final String WORKERS = "cpu.workerNsPerOp";
    private static final Pattern WORKER = Pattern.compile(".*jmh-worker.*");

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Pattern server;
    private final Map<Long, Long> cpuAtStart = new HashMap<>();
    private long wallStart;

    public ThreadCpuProfiler() {
        this("vert\\.x-eventloop-thread-.*|venue-core");
    }

    /** @param serverThreads a regular expression for the names of the server's threads */
    public ThreadCpuProfiler(String serverThreads) {
        this.server = Pattern.compile(serverThreads == null || serverThreads.isBlank()
                ? "vert\\.x-eventloop-thread-.*|venue-core" : serverThreads);
    }

    @Override
    public String getDescription() {
        return "gridbench: CPU time per operation of a server's threads and of JMH's benchmark threads";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart.clear();
        for (long id : threads.getAllThreadIds()) {
            cpuAtStart.put(id, threads.getThreadCpuTime(id));
        }
        wallStart = System.nanoTime();
    }

    @Override
    public List<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                 IterationResult result) {
        double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
        long serverNanos = 0;
        long workerNanos = 0;
        boolean serverSeen = false;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long now = threads.getThreadCpuTime(info.getThreadId());
            long before = cpuAtStart.getOrDefault(info.getThreadId(), 0L);
            if (now < 0 || before < 0) {
                continue;
            }
            if (server.matcher(info.getThreadName()).matches()) {
                serverSeen = true;
                serverNanos += now - before;
            } else if (WORKER.matcher(info.getThreadName()).matches()) {
                workerNanos += now - before;
            }
        }
        double ops = ProcessCpuProfiler.opsPerSecond(result.getPrimaryResult().getScore(),
                benchmarkParams.getTimeUnit()) * wallSeconds;
        ScalarResult workers = new ScalarResult(WORKERS, workerNanos / ops, "ns/op", AggregationPolicy.MIN);
        // No server thread alive: none was started, or it was stopped before this call (JMH runs a trial's
        // tear-down before the last iteration's profilers), so its CPU time is gone; report nothing rather than 0.
        return serverSeen
                ? List.of(new ScalarResult(SERVER, serverNanos / ops, "ns/op", AggregationPolicy.MIN), workers)
                : List.of(workers);
    }
}
