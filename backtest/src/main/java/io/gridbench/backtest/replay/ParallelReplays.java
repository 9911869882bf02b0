package io.gridbench.backtest.replay;

import io.gridbench.backtest.config.StrategySpec;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.metrics.StrategyResult;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * Replays many strategies over the same data on a fixed pool of threads. Each {@link Replay} is single-threaded and
 * independent; they share only immutable inputs (data, fill model and config, workload, specs). Results come back
 * in the order of the specs whatever the thread timing, so output is deterministic. Stateless; one call owns its
 * pool and shuts it down before returning.
 */
public final class ParallelReplays {
    /** Told when one replay has finished; called on a pool thread, so implementations must be thread-safe. */
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
     * @param threads at least 1; with 1 everything runs on the calling thread
     * @param keep    applied to each result as it completes (e.g. to drop its timeline and save memory)
     * @throws IllegalStateException naming the strategy when one replay failed
     */
    public static List<StrategyResult> run(MarketData data, FillModel model, FillConfig config, Workload workload,
                                           List<StrategySpec> specs, int threads,
                                           UnaryOperator<StrategyResult> keep, Listener listener) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        int total = specs.size();
        AtomicInteger done = new AtomicInteger();
        List<StrategyResult> results = new ArrayList<>(total);
        if (threads == 1 || total <= 1) {
            for (int i = 0; i < total; i++) {
                results.add(runOne(data, model, config, workload, specs.get(i), i, keep, listener, done, total));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, total), daemonThreads());
        try {
            List<Future<StrategyResult>> futures = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                int index = i;
                futures.add(pool.submit(() -> runOne(data, model, config, workload, specs.get(index), index, keep,
                        listener, done, total)));
            }
            for (int i = 0; i < total; i++) {
                results.add(await(futures.get(i), specs.get(i)));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static StrategyResult runOne(MarketData data, FillModel model, FillConfig config, Workload workload,
                                         StrategySpec spec, int index, UnaryOperator<StrategyResult> keep,
                                         Listener listener, AtomicInteger done, int total) {
        StrategyResult r = keep.apply(new Replay(data, model, config, workload).run(spec));
        listener.finished(index, r, done.incrementAndGet(), total);
        return r;
    }

    private static StrategyResult await(Future<StrategyResult> f, StrategySpec spec) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("replay of " + spec.name() + " failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying " + spec.name(), e);
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
