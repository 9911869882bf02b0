package io.gridbench.backtest.history;

import java.util.function.LongSupplier;

/**
 * A millisecond clock that only moves when told to; the single thread of a simulated-time run (the history generator,
 * the fidelity engine run) owns it.
 */
public final class SimulatedClock implements LongSupplier {
    private long nowMillis;

    public SimulatedClock(long startMillis) {
        this.nowMillis = startMillis;
    }

    public void set(long millis) {
        nowMillis = millis;
    }

    @Override
    public long getAsLong() {
        return nowMillis;
    }
}
