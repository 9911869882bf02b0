package io.gridbench.backtest.replay;

import java.util.Arrays;

/**
 * A strategy's timers: a few periodic or one-shot deadlines kept in flat arrays (strategies set one or two, so a
 * linear scan beats a heap). Owned by the replay thread (the fidelity engine run uses the same queue, so timers fire
 * alike in both).
 */
public final class TimerQueue {
    private long[] due = new long[4];
    private long[] period = new long[4];
    private int size;
    private long next = Long.MAX_VALUE;

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
