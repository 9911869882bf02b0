package io.gridbench.backtest.live;

import java.time.Clock;

/**
 * The time a live run follows: the wall clock, or, in tests, a clock running {@code speed} times faster (the
 * simulated exchange can run on the same fast clock, so a test sees an hour of strategy time in a minute).
 */
public interface RunClock {

    /** Epoch milliseconds now. */
    long millis();

    /** Real milliseconds that pass while this clock advances {@code clockMillis}. */
    long realMillis(long clockMillis);

    /** The wall clock. */
    static RunClock system() {
        return of(Clock.systemUTC(), 1);
    }

    /** {@code clock}, which runs {@code speed} times as fast as real time. */
    static RunClock of(Clock clock, double speed) {
        if (speed <= 0) {
            throw new IllegalArgumentException("speed must be positive");
        }
        return new RunClock() {
            @Override
            public long millis() {
                return clock.millis();
            }

            @Override
            public long realMillis(long clockMillis) {
                return (long) Math.ceil(clockMillis / speed);
            }
        };
    }
}
