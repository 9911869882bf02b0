package io.gridbench.benchmarks.server;

import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.grid.SimulatedGrid;
import io.gridbench.exchange.server.Credentials;
import io.gridbench.exchange.server.ExchangeServer;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * What one held stream costs the server: {@code streams} streamed chat completions held open at once against the
 * simulated exchange started in this JVM (127.0.0.1, agents off, the published latency profiles: text-prime's
 * 4.62 s to first token and 40 tokens/s, one event every 50 ms), by a client of one NIO thread
 * ({@link StreamHolder}) that opens a new stream whenever one ends. One operation is one server-sent event
 * delivered to the client, so the score is the held streams' event rate (about 20 per stream per second while they
 * stream) and falls when the server cannot keep the pace.
 *
 * <p>Secondary results (JMH labels them ops/s; see {@link Costs}), per iteration ({@code rawData}) and averaged,
 * measured once every stream is past its first token:
 * <ul>
 *   <li>{@code heapBytesPerStream}: heap in use after a full collection with the streams held (before the
 *   iteration), less the same before the first stream opened, per stream: the server's connection, request, pacing
 *   and metering state; the client's socket, a few hundred bytes, is counted too, so the figure errs high;</li>
 *   <li>{@code cpuNsPerStreamSecond}: CPU time of the server's threads (event loops, acceptor, venue core) per
 *   second of one held stream, from thread CPU times, so other processes on the machine do not count (GC threads
 *   are not counted either);</li>
 *   <li>{@code streamsPerGiB} and {@code streamsPerCore}: the same two figures turned round, streams a GiB of heap
 *   holds and streams one core paces (higher is better, as the gate's ratios are: {@code streamsPerGiB / 10,000} is
 *   the goal's 1 GiB over what 10,000 streams need, 1 or more when they fit);</li>
 *   <li>{@code streamsHeld}: streams past their first token at the iteration's end.</li>
 * </ul>
 * A stream refused or cut off fails the benchmark.
 * These project the goal of 10,000 streams on 2 cores in a 1 GB heap from 1,000 streams, every one of them past its
 * first token and streaming (a stream waiting for its first token costs one pending timer).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class HeldStreamsBenchmark {

    @Benchmark
    public void event(Held held, Costs costs) throws InterruptedException {
        held.client.awaitEvent();
    }

    /** The running exchange and the streams held against it, for the whole trial. */
    @State(Scope.Benchmark)
    public static class Held {
        private static final Pattern SERVER_THREADS =
                Pattern.compile("vert\\.x-eventloop-thread-.*|vert\\.x-acceptor-thread-.*|venue-core");
        /** How long every stream may take to its first token: text-prime's 4.62 s plus jitter and opening. */
        private static final long FIRST_TOKENS_WITHIN_MS = 30_000;

        @Param({"1000"})
        public int streams;

        /** Tokens a stream asks for: 2,400 stream for a minute at 40 tokens/s, so few end during a trial. */
        @Param({"2400"})
        public int maxTokens;

        @Param({"text-prime"})
        public String model;

        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private ExchangeServer server;
        StreamHolder client;
        private long heapBefore;

        @Setup(Level.Trial)
        public void holdStreams() throws InterruptedException {
            server = SimulatedGrid.builder(ExchangeConfig.defaults()).seed(7).agents(false).fastInference(false)
                    .start(0);
            // Every stream holds its prompt and budget until it ends: enough units for many rounds of them.
            Credentials account = server.provisioner().open(0, 100_000);
            heapBefore = heapAfterCollection();
            client = new StreamHolder(new InetSocketAddress("127.0.0.1", server.port()),
                    StreamHolder.chatRequest(server.port(), account.consumptionApiKey(), model, maxTokens), streams);
            long deadline = System.currentTimeMillis() + FIRST_TOKENS_WITHIN_MS;
            while (client.streaming() < streams) {
                if (client.failed() > 0 || System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException(client.streaming() + " of " + streams + " streams past their "
                            + "first token after " + FIRST_TOKENS_WITHIN_MS + " ms, " + client.failed() + " failed");
                }
                Thread.sleep(50);
            }
        }

        /** Heap in use after a full collection, less the same before the first stream opened, per stream. */
        double heapBytesPerStream() {
            return (double) (heapAfterCollection() - heapBefore) / streams;
        }

        // No trial tear-down: the forked JVM ends after the trial, and its server threads are daemons.

        private long heapAfterCollection() {
            System.gc();
            System.gc();
            return memory.getHeapMemoryUsage().getUsed();
        }

        long serverCpuNanos() {
            long total = 0;
            for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info != null && SERVER_THREADS.matcher(info.getThreadName()).matches()) {
                    long cpu = threads.getThreadCpuTime(info.getThreadId());
                    total += Math.max(0, cpu);
                }
            }
            return total;
        }
    }

    /**
     * The per-stream figures of each iteration. JMH divides an {@code OPERATIONS} counter by the iteration's time
     * and averages over iterations (it would sum {@code EVENTS} counters over them), so each figure is stored times
     * the iteration's seconds and reads as itself. JMH labels them all ops/s.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Costs {
        private static final double GIB = 1024.0 * 1024 * 1024;
        public double cpuNsPerStreamSecond;
        public double heapBytesPerStream;
        public double streamsPerGiB;
        public double streamsPerCore;
        public double streamsHeld;
        private double heapPerStream;
        private long cpuAtStart;
        private long wallAtStart;

        @Setup(Level.Iteration)
        public void start(Held held) {
            heapPerStream = held.heapBytesPerStream();
            cpuAtStart = held.serverCpuNanos();
            wallAtStart = System.nanoTime();
        }

        @TearDown(Level.Iteration)
        public void end(Held held) {
            double seconds = (System.nanoTime() - wallAtStart) / 1e9;
            long cpu = held.serverCpuNanos() - cpuAtStart;
            if (held.client.failed() > 0) {
                throw new IllegalStateException(held.client.failed() + " streams refused or cut off");
            }
            double cpuPerStreamSecond = cpu / (held.client.open() * seconds);
            cpuNsPerStreamSecond = cpuPerStreamSecond * seconds;
            heapBytesPerStream = heapPerStream * seconds;
            streamsPerGiB = GIB / heapPerStream * seconds;
            streamsPerCore = 1e9 / cpuPerStreamSecond * seconds;
            streamsHeld = held.client.streaming() * seconds;
        }
    }

    /*
     * HOW TO RUN:
     *   java -jar benchmarks/target/benchmarks.jar HeldStreamsBenchmark
     *   java -jar benchmarks/target/benchmarks.jar HeldStreamsBenchmark -p streams=2000
     * WHAT TO EXPECT: about 20 events per held stream per second (20,000 ops/s for 1,000 streams), streamsHeld
     * equal to streams, and heapBytesPerStream x 10,000 well under 1 GiB.
     */
}
