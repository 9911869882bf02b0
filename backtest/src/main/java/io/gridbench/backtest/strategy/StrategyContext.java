package io.gridbench.backtest.strategy;

/**
 * What a {@link Strategy} may see and do at the current instant. Implemented by the replay and by the live run;
 * valid only on the run's thread during a callback.
 */
public interface StrategyContext {

    /** The simulated clock: epoch milliseconds of the event being handled. */
    long now();

    MarketState market();

    OrderGateway orders();

    AccountState account();

    /** Calls {@link Strategy#onTimer} every {@code periodMillis}, the first time one period from now. */
    void every(long periodMillis);

    /** Calls {@link Strategy#onTimer} once at {@code epochMillis} (not before now). */
    void at(long epochMillis);
}
