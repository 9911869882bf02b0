package io.gridbench.backtest.live;

import io.gridbench.backtest.strategy.AccountState;

/**
 * The consumption balance as the run last saw it on the exchange ({@code GET consumption-accounts}), plus, in paper
 * mode, the units the paper orders would have bought; and what the run measured of its consumption: tokens drawn
 * down between polls, time spent at zero, stock-outs. Owned by the run's loop thread.
 */
final class LiveAccount implements AccountState {
    private long exchangeTokens;
    /** Fills seen on orders since the last balance poll: the strategy's onFill must already see them. */
    private long unpolledFillTokens;
    private long paperTokens;
    private long consumedTokens;
    private long stockOutMillis;
    private int stockOuts;
    private long emptySince = -1;
    private boolean seen;
    private long waitingJobTokens;
    private boolean demandStockedOut;

    /**
     * A new reading of the exchange's balance, which now includes the fills seen since the last one. Whatever it
     * fell by, beyond those fills, was consumed. Returns true when the balance has just run dry.
     */
    boolean observe(long now, long tokens) {
        boolean ranDry = false;
        if (seen) {
            consumedTokens += Math.max(0, exchangeTokens + unpolledFillTokens - tokens);
        }
        exchangeTokens = tokens;
        unpolledFillTokens = 0;
        long balance = balanceTokens();
        if (balance <= 0 && emptySince < 0) {
            emptySince = now;
            ranDry = seen;
            if (ranDry) {
                stockOuts++;
            }
        } else if (balance > 0 && emptySince >= 0) {
            stockOutMillis += now - emptySince;
            emptySince = -1;
        }
        seen = true;
        return ranDry;
    }

    /** A fill of a real order, counted in the balance at once (as the backtest does) until the next poll. */
    void filled(long tokens) {
        unpolledFillTokens += tokens;
    }

    void paperFill(long tokens) {
        paperTokens += tokens;
    }

    void waitingJobTokens(long tokens) {
        waitingJobTokens = tokens;
    }

    /** Whether the run's own demand is being refused for want of balance (a 402 from the Consumption API). */
    void demandStockedOut(boolean stockedOut) {
        demandStockedOut = stockedOut;
    }

    /** Closes the current stock-out, if any, at {@code now}. */
    void finish(long now) {
        if (emptySince >= 0) {
            stockOutMillis += now - emptySince;
            emptySince = now;
        }
    }

    @Override
    public long balanceTokens() {
        return exchangeTokens + unpolledFillTokens + paperTokens;
    }

    @Override
    public long waitingJobTokens() {
        return waitingJobTokens;
    }

    @Override
    public boolean stockedOut() {
        return seen && balanceTokens() <= 0 || demandStockedOut;
    }

    long consumedTokens() {
        return consumedTokens;
    }

    long stockOutMillis() {
        return stockOutMillis;
    }

    int stockOuts() {
        return stockOuts;
    }
}
