package io.gridbench.backtest.live;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that runs {@code speed} times faster than real time from now, for the exchange and the run alike. */
final class FastClock extends Clock {
    private final long startMillis = System.currentTimeMillis();
    private final long startNanos = System.nanoTime();
    private final double speed;

    FastClock(double speed) {
        this.speed = speed;
    }

    @Override
    public long millis() {
        return startMillis + (long) ((System.nanoTime() - startNanos) / 1e6 * speed);
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    RunClock runClock() {
        return RunClock.of(this, speed);
    }
}
