package io.gridbench.cli;

import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.replay.ParallelReplays;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Progress lines on stderr for long runs: how long loading took, and each replay as it finishes (with the rate,
 * so a user can extrapolate a sweep). Replays report from pool threads, hence the synchronized printing; lines of
 * a large sweep are thinned to about one a second.
 */
final class Progress {
    private static final long QUIET_NANOS = 1_000_000_000L;
    private final PrintStream err;
    private long started;
    private long lastLine;

    Progress(PrintStream err) {
        this.err = err;
    }

    MarketData loading(Supplier<MarketData> load) {
        long t0 = System.nanoTime();
        MarketData d = load.get();
        err.printf(Locale.ROOT, "loaded %d bars, %d prints in %.1f s%n", d.candles().size(),
                d.hasTrades() ? d.trades().size() : 0, seconds(System.nanoTime() - t0));
        return d;
    }

    void start(String what) {
        err.println(what);
        started = System.nanoTime();
        lastLine = started;
    }

    ParallelReplays.Listener perReplay() {
        return (index, result, done, total) -> {
            synchronized (this) {
                long now = System.nanoTime();
                if (total > 20 && done < total && now - lastLine < QUIET_NANOS) {
                    return;
                }
                lastLine = now;
                double s = seconds(now - started);
                err.printf(Locale.ROOT, "  %d/%d done (%s) after %.1f s, %.1f runs/s%n", done, total,
                        result.name(), s, done / Math.max(1e-9, s));
            }
        };
    }

    void done() {
        err.printf(Locale.ROOT, "replays took %.1f s%n", seconds(System.nanoTime() - started));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
