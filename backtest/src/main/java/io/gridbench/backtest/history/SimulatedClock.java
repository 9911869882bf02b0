package io.gridbench.backtest.history;

import java.util.function.LongSupplier;

/** A millisecond clock that only moves when told to; the generator's single thread owns it. */
final class SimulatedClock implements LongSupplier {
    private long nowMillis;

    SimulatedClock(long startMillis) {
        this.nowMillis = startMillis;
    }

    void set(long millis) {
        nowMillis = millis;
    }

    @Override
    public long getAsLong() {
        return nowMillis;
    }
}
