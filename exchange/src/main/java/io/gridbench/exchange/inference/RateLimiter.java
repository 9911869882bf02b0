package io.gridbench.exchange.inference;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Requests-per-second limit per consumption key, as the generic cell rate algorithm: each key keeps one theoretical
 * arrival time in an {@link AtomicLong}, so any number of event-loop threads may call {@link #acquire} without
 * locks. A limiter with a rate of 0 admits everything.
 */
public final class RateLimiter {
    private final long intervalNanos;
    private final long toleranceNanos;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, AtomicLong> arrivals = new ConcurrentHashMap<>();

    /**
     * @param requestsPerSecond sustained rate per key; 0 disables limiting
     * @param burst             requests a key may send back to back before the rate applies (at least 1)
     */
    public RateLimiter(double requestsPerSecond, int burst, LongSupplier nanoClock) {
        this.intervalNanos = requestsPerSecond > 0 ? Math.max(1, Math.round(1e9 / requestsPerSecond)) : 0;
        this.toleranceNanos = intervalNanos * (long) (burst - 1);
        this.nanoClock = nanoClock;
    }

    /**
     * Admits one request for {@code key}, or refuses it.
     *
     * @return 0 when admitted, else the nanoseconds until a retry would be admitted
     */
    public long acquire(String key) {
        if (intervalNanos == 0) {
            return 0;
        }
        AtomicLong arrival = arrivals.computeIfAbsent(key, k -> new AtomicLong(Long.MIN_VALUE));
        long now = nanoClock.getAsLong();
        while (true) {
            long current = arrival.get();
            long tat = current == Long.MIN_VALUE ? now : Math.max(current, now);
            long wait = tat - toleranceNanos - now;
            if (wait > 0) {
                return wait;
            }
            if (arrival.compareAndSet(current, tat + intervalNanos)) {
                return 0;
            }
        }
    }
}
