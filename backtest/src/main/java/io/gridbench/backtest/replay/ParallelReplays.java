package io.gridbench.backtest.replay;

import io.gridbench.backtest.config.StrategySpec;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.metrics.StrategyResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Replays many strategies over the same data on a pool of threads. Each {@link Replay} is single-threaded and
 * independent; they share only immutable inputs (data, fill model and config, workload, specs). Results come back
 * in the order of the specs whatever the thread timing, so output is deterministic. Holds no state between calls
 * but idle helper threads.
 *
 * <p>Work split: the calling thread and {@code threads - 1} helper threads each take the next spec from one shared
 * counter until none is left, so every thread stays busy until the last replay has been handed out (a thread that
 * drew short replays takes more of them), and no helper is used for a single spec or a single thread.
 *
 * <p>Helpers are daemon threads shared by all calls and kept for {@link #HELPER_IDLE_SECONDS} s when idle, so a
 * caller that runs many short sweeps (the windows of a walk-forward, the sweep benchmark's 16 variants of one day)
 * does not start and stop a thread each time. With a thread started per call, the two-thread sweep benchmark kept
 * both cores busy 94-95 % of the time; with shared helpers (and the specs built in parallel), 96-98 %.
 */
public final class ParallelReplays {
    /** Told when one replay has finished, on the thread that ran it (the caller's or a pool thread): must be thread-safe. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (index, result, done, total) -> {
        };

        void finished(int index, StrategyResult result, int done, int total);
    }

    /** How long an idle helper thread waits for the next call before it ends. */
    static final long HELPER_IDLE_SECONDS = 60;

    /** Grows to the most helpers any calls needed at once; each ends after a minute without work. */
    private static final ExecutorService HELPERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, HELPER_IDLE_SECONDS,
            TimeUnit.SECONDS, new SynchronousQueue<>(), daemonThreads());

    private ParallelReplays() {
    }

    /** Threads to use by default: one per core. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * @param threads      at least 1; with 1 everything runs on the calling thread
     * @param withTimeline false leaves the timelines out of the results (see {@link Replay#withoutTimeline()}), as a
     *                     sweep that keeps thousands of results wants
     * @throws IllegalStateException naming the strategy when one replay failed
     */
    public static List<StrategyResult> run(MarketData data, FillModel model, FillConfig config, Workload workload,
                                           List<StrategySpec> specs, int threads, boolean withTimeline,
                                           Listener listener) {
        return run(data, model, config, workload, specs.size(), specs::get, threads, withTimeline, listener);
    }

    /**
     * Like {@link #run(MarketData, FillModel, FillConfig, Workload, List, int, boolean, Listener)}, with each spec
     * built by the thread that replays it, so that building them is shared out too rather than done by the caller
     * before any replay starts (a sweep's variants cost about 10 us each to build, 3 % of a 16-variant sweep of one
     * day on two threads). A spec that cannot be built fails the call with its exception, like a failed replay.
     *
     * @param count how many replays
     * @param specs builds spec {@code i}, {@code 0 <= i < count}, once per index, on any of the threads: must be
     *              thread-safe
     */
    public static List<StrategyResult> run(MarketData data, FillModel model, FillConfig config, Workload workload,
                                           int count, IntFunction<StrategySpec> specs, int threads,
                                           boolean withTimeline, Listener listener) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        StrategyResult[] results = new StrategyResult[count];
        Worker work = new Worker(data, model, config, workload, count, specs, withTimeline, listener, results);
        int helpers = Math.min(threads, count) - 1;
        List<Future<?>> running = new ArrayList<>(Math.max(0, helpers));
        for (int i = 0; i < helpers; i++) {
            running.add(HELPERS.submit(work::drain));
        }
        // When this throws, the helpers finish the replays they hold and stop: drain hands out nothing more.
        work.drain();
        for (Future<?> f : running) {
            await(f, work);
        }
        return Arrays.asList(results);
    }

    /** The shared counter and the result slots; {@link #drain} runs on each replaying thread. */
    private static final class Worker {
        private final MarketData data;
        private final FillModel model;
        private final FillConfig config;
        private final Workload workload;
        private final int total;
        private final IntFunction<StrategySpec> specs;
        private final boolean withTimeline;
        private final Listener listener;
        private final StrategyResult[] results;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        /** The first strategy that failed (or the spec that could not be built), so the caller can name it. */
        private volatile String failed;

        Worker(MarketData data, FillModel model, FillConfig config, Workload workload, int total,
               IntFunction<StrategySpec> specs, boolean withTimeline, Listener listener, StrategyResult[] results) {
            this.data = data;
            this.model = model;
            this.config = config;
            this.workload = workload;
            this.total = total;
            this.specs = specs;
            this.withTimeline = withTimeline;
            this.listener = listener;
            this.results = results;
        }

        void drain() {
            for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                StrategySpec spec = null;
                try {
                    spec = specs.apply(i);
                    Replay replay = new Replay(data, model, config, workload);
                    StrategyResult r = (withTimeline ? replay : replay.withoutTimeline()).run(spec);
                    // The slots are read after every thread has finished (Future.get, or this thread itself).
                    results[i] = r;
                    listener.finished(i, r, done.incrementAndGet(), total);
                } catch (RuntimeException | Error e) {
                    failed = spec == null ? "spec " + i : spec.name();
                    // Hand out nothing more: the other threads finish what they hold, then the caller rethrows.
                    next.set(total);
                    throw e;
                }
            }
        }
    }

    private static void await(Future<?> f, Worker work) {
        try {
            f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("replay of " + work.failed + " failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying", e);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "replay-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
