package io.gridbench.backtest.strategy;

/**
 * The market as known at the current instant: closed bars and prints up to now, nothing later. Prices are ticks.
 * Bid and ask are estimates (the data has no book): with prints, the last sell-aggressor print is taken as the
 * bid and the last buy-aggressor print as the ask; otherwise, and until both sides have printed, they are the
 * last price minus / plus half the configured spread. Read-only view owned by the replay thread.
 */
public interface MarketState {

    /** Bars closed so far. */
    int barCount();

    long barOpenTime(int i);

    long barOpen(int i);

    long barHigh(int i);

    long barLow(int i);

    long barClose(int i);

    long barVolume(int i);

    /** The latest price known: the last print, or the last close; 0 before anything was seen. */
    long lastPrice();

    /** Estimated best bid; 0 before anything was seen. */
    long bidEstimate();

    /** Estimated best ask; 0 before anything was seen. */
    long askEstimate();

    /** Midpoint of the estimated bid and ask, rounded down to a tick. */
    default long midEstimate() {
        return (bidEstimate() + askEstimate()) / 2;
    }
}
