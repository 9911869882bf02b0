package io.gridbench.backtest.replay;

import java.util.Arrays;

/**
 * A strategy's timers: a few periodic or one-shot deadlines kept in flat arrays (strategies set one or two, so a
 * linear scan beats a heap). Owned by the run's thread. The replay, the fidelity engine run and the live run all
 * schedule through {@link #every} and {@link #at}, so a strategy's timers fire alike in all three.
 */
public final class TimerQueue {
    private long[] due = new long[4];
    private long[] period = new long[4];
    private int size;
    private long next = Long.MAX_VALUE;

    /**
     * {@link io.gridbench.backtest.strategy.StrategyContext#every}: a timer every {@code periodMillis}, the first one
     * period after {@code now}.
     *
     * @return when it first comes due
     * @throws IllegalArgumentException when the period is not positive
     */
    public long every(long now, long periodMillis) {
        if (periodMillis <= 0) {
            throw new IllegalArgumentException("timer period must be positive");
        }
        add(now + periodMillis, periodMillis);
        return now + periodMillis;
    }

    /**
     * {@link io.gridbench.backtest.strategy.StrategyContext#at}: one timer at {@code epochMillis}, or at {@code now}
     * when that has passed.
     *
     * @return when it comes due
     */
    public long at(long now, long epochMillis) {
        long due = Math.max(now, epochMillis);
        add(due, 0);
        return due;
    }

    /** Adds a timer due at {@code at}, repeating every {@code every} ms (0 or less: once). */
    public void add(long at, long every) {
        if (size == due.length) {
            due = Arrays.copyOf(due, size * 2);
            period = Arrays.copyOf(period, size * 2);
        }
        due[size] = at;
        period[size] = every;
        size++;
        next = Math.min(next, at);
    }

    /** The earliest due time, or {@link Long#MAX_VALUE} when none is set. */
    public long next() {
        return next;
    }

    /** Removes or reschedules the timers due at {@code now}; returns how many fired. */
    public int fire(long now) {
        int fired = 0;
        int w = 0;
        long n = Long.MAX_VALUE;
        for (int r = 0; r < size; r++) {
            long d = due[r];
            long p = period[r];
            if (d <= now) {
                fired++;
                if (p <= 0) {
                    continue;
                }
                d += p * ((now - d) / p + 1);
            }
            due[w] = d;
            period[w] = p;
            w++;
            n = Math.min(n, d);
        }
        size = w;
        next = n;
        return fired;
    }
}
