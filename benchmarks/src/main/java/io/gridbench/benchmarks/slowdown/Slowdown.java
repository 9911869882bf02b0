package io.gridbench.benchmarks.slowdown;

import org.openjdk.jmh.infra.Blackhole;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * A known slowdown injected into one hot path, to measure the performance gate itself: how often it catches a
 * regression of known size (and, without it, how often it fails unchanged code). Test-only: it acts only when the
 * system property {@value #PROPERTY} is set ({@code matching=1.5}, {@code replay=1.5} or {@code verify=1.5}), which
 * only the gate's {@code --slowdown} option does; benchmarks read it once, in their setup.
 *
 * <p>The slowdown is extra CPU work ({@link Blackhole#consumeCPU}) after each benchmark invocation, sized in the setup
 * so that an invocation costs {@code factor} times what it costs without it: the invocation and the extra work are
 * each warmed up, then timed in CPU time of this thread, and the slowed invocation is timed again to correct the
 * size. That takes about 2 s of each slowed benchmark's setup on a quiet machine.
 */
public final class Slowdown {

    /** {@code PATH=FACTOR}, e.g. {@code matching=1.5}. */
    public static final String PROPERTY = "gridbench.bench.slowdown";

    private static final long INVOCATION_WARM_UP_NANOS = 700_000_000L;
    private static final long TOKEN_WARM_UP_NANOS = 200_000_000L;
    private static final long TIMING_NANOS = 200_000_000L;
    private static final long PROBE_TOKENS = 1_000;

    /** The hot paths a slowdown can be injected into. */
    public enum Path {
        /** {@code MatchingEngineBenchmark}: one order-flow operation on the book. */
        MATCHING,
        /** {@code ReplayBenchmark}: one whole backtest replay. */
        REPLAY,
        /** {@code Ed25519VerifyBenchmark.bouncyCastle}: one signature verification. */
        VERIFY
    }

    /** A parsed {@code PATH=FACTOR}. */
    public record Request(Path path, double factor) {

        /** @throws IllegalArgumentException naming what is wrong with the text */
        public static Request parse(String text) {
            int eq = text.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("slowdown must be PATH=FACTOR (matching, replay or verify), was '"
                        + text + "'");
            }
            Path path;
            try {
                path = Path.valueOf(text.substring(0, eq).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("slowdown path must be matching, replay or verify, was '"
                        + text.substring(0, eq) + "'", e);
            }
            double factor;
            try {
                factor = Double.parseDouble(text.substring(eq + 1).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("slowdown factor must be a number > 1, was '"
                        + text.substring(eq + 1) + "'", e);
            }
            if (!(factor > 1 && factor <= 10)) {
                throw new IllegalArgumentException("slowdown factor must be in (1, 10], was " + factor);
            }
            return new Request(path, factor);
        }

        /** The system property's value that requests this slowdown. */
        public String propertyValue() {
            return path.name().toLowerCase(Locale.ROOT) + "=" + factor;
        }
    }

    private Slowdown() {
    }

    /**
     * Sizes and installs the slowdown of one benchmark method, when {@value #PROPERTY} names this path: the number
     * of {@link Blackhole#consumeCPU} tokens to spend per invocation so that {@code invocation} takes the requested
     * factor as long. Does nothing (and leaves the tokens at 0) otherwise.
     *
     * @param invocation one benchmark invocation, as JMH calls it (it reads the tokens {@code install} sets); safe
     *                   to run many times: it is warmed up and timed here
     * @param install    sets the tokens the benchmark method spends per invocation
     */
    public static void inject(Path path, Runnable invocation, LongConsumer install) {
        String requested = System.getProperty(PROPERTY);
        if (requested == null || requested.isBlank()) {
            return;
        }
        Request request = Request.parse(requested);
        if (request.path() != path) {
            return;
        }
        double plain = cpuNanosPerRound(invocation, INVOCATION_WARM_UP_NANOS);
        double perToken = cpuNanosPerRound(() -> Blackhole.consumeCPU(PROBE_TOKENS), TOKEN_WARM_UP_NANOS)
                / PROBE_TOKENS;
        double extra = (request.factor() - 1) * plain;
        long tokens = Math.max(1, Math.round(extra / perToken));
        install.accept(tokens);
        // Spent inside the benchmark method, tokens cost more or less than alone (short runs of consumeCPU cost more
        // per token, the JIT inlines differently): time the slowed invocation itself and correct once.
        double slowed = cpuNanosPerRound(invocation, TOKEN_WARM_UP_NANOS);
        if (slowed > plain) {
            tokens = Math.max(1, Math.round(tokens * extra / (slowed - plain)));
            install.accept(tokens);
        }
    }

    /** Warms {@code round} up, then returns its CPU time per run (this thread's), at least over a few hundred ms. */
    private static double cpuNanosPerRound(Runnable round, long warmUpNanos) {
        long warmEnd = System.nanoTime() + warmUpNanos;
        while (System.nanoTime() < warmEnd) {
            round.run();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        long rounds = 0;
        long cpu;
        // Batches that double: reading the CPU clock after every round would cost more than a short round.
        for (long batch = 1; ; batch *= 2) {
            for (long i = 0; i < batch; i++) {
                round.run();
            }
            rounds += batch;
            cpu = threads.getCurrentThreadCpuTime() - start;
            if (cpu >= TIMING_NANOS) {
                break;
            }
        }
        return (double) cpu / rounds;
    }
}
