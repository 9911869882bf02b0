package io.gridbench.backtest.strategy;

/**
 * The market as known at the current instant: closed bars and prints up to now, nothing later. Prices are ticks.
 * Bid and ask are estimates (the data has no book): with prints, the last print gives one side (a sell-aggressor
 * print is the bid, a buy-aggressor print the ask) and the other is the configured spread away; with bars only,
 * they are the last close minus / plus half the spread. Read-only view owned by the replay thread.
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
