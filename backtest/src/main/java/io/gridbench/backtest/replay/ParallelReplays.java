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
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Replays many strategies over the same data on a pool of threads. Each {@link Replay} is single-threaded and
 * independent; they share only immutable inputs (data, fill model and config, workload, specs). Results come back
 * in the order of the specs whatever the thread timing, so output is deterministic. Stateless; one call owns its
 * threads and ends them before returning.
 *
 * <p>Work split: the calling thread and {@code threads - 1} pool threads each take the next spec from one shared
 * counter until none is left, so every thread stays busy until the last replay has been handed out (a thread that
 * drew short replays takes more of them), and no thread is started for a single spec or a single thread.
 */
public final class ParallelReplays {
    /** Told when one replay has finished, on the thread that ran it (the caller's or a pool thread): must be thread-safe. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (index, result, done, total) -> {
        };

        void finished(int index, StrategyResult result, int done, int total);
    }

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
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        int total = specs.size();
        StrategyResult[] results = new StrategyResult[total];
        Worker work = new Worker(data, model, config, workload, specs, withTimeline, listener, results);
        int helpers = Math.min(threads, total) - 1;
        List<Future<?>> running = new ArrayList<>(Math.max(0, helpers));
        ExecutorService pool = helpers > 0 ? Executors.newFixedThreadPool(helpers, daemonThreads()) : null;
        try {
            for (int i = 0; i < helpers; i++) {
                running.add(pool.submit(work::drain));
            }
            work.drain();
            for (Future<?> f : running) {
                await(f, work);
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return Arrays.asList(results);
    }

    /** The shared counter and the result slots; {@link #drain} runs on each replaying thread. */
    private static final class Worker {
        private final MarketData data;
        private final FillModel model;
        private final FillConfig config;
        private final Workload workload;
        private final List<StrategySpec> specs;
        private final boolean withTimeline;
        private final Listener listener;
        private final StrategyResult[] results;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        /** The first spec that failed, so the caller can name it. */
        private volatile StrategySpec failed;

        Worker(MarketData data, FillModel model, FillConfig config, Workload workload, List<StrategySpec> specs,
               boolean withTimeline, Listener listener, StrategyResult[] results) {
            this.data = data;
            this.model = model;
            this.config = config;
            this.workload = workload;
            this.specs = specs;
            this.withTimeline = withTimeline;
            this.listener = listener;
            this.results = results;
        }

        void drain() {
            int total = specs.size();
            for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                StrategySpec spec = specs.get(i);
                try {
                    Replay replay = new Replay(data, model, config, workload);
                    StrategyResult r = (withTimeline ? replay : replay.withoutTimeline()).run(spec);
                    // The slots are read after every thread has finished (Future.get, or this thread itself).
                    results[i] = r;
                    listener.finished(i, r, done.incrementAndGet(), total);
                } catch (RuntimeException | Error e) {
                    failed = spec;
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
            throw new IllegalStateException("replay of " + work.failed.name() + " failed: " + cause, cause);
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
