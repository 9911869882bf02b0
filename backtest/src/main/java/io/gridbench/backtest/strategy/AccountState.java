package io.gridbench.backtest.strategy;

import io.gridbench.exchange.market.Prices;

/** The simulated user's consumption account at the current instant. Read-only view owned by the replay thread. */
public interface AccountState {

    long balanceTokens();

    /** Tokens needed by jobs that arrived but have not started. */
    long waitingJobTokens();

    /** True while continuous demand is going unserved. */
    boolean stockedOut();

    /** The balance in whole units, rounded down. */
    default long balanceUnits() {
        return balanceTokens() / Prices.TOKENS_PER_UNIT;
    }
}
