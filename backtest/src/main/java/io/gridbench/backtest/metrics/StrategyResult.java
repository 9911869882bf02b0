package io.gridbench.backtest.metrics;

import io.gridbench.exchange.market.Prices;

import java.util.Map;

/**
 * The outcome of replaying one strategy: cost, prices, orders, waiting and stock-outs. Immutable; the report
 * renderers read only this (and {@link BacktestResults}), never the replay.
 *
 * @param name             the strategy's label in the report
 * @param type             its type ({@code fixed-ceiling}, ...)
 * @param parameters       the parameters it ran with, after overrides
 * @param costCents        total USD paid, in cents
 * @param unitsBought      units filled
 * @param unitsOrdered     units asked for by all orders placed
 * @param unusedTokens     tokens left in the balance at the end (bought but not consumed)
 * @param consumedTokens   tokens actually served to demand and jobs
 * @param stockOutMillis   total time continuous demand went unserved
 * @param unmetTokens      demand that could not be served, including jobs never started
 * @param ordersFilled     orders filled completely
 * @param ordersPartlyFilled orders that ended (canceled, or open when the data ran out) with part of their quantity
 * @param ordersNeverFilled orders that ended with nothing filled; with the two above, every order placed
 * @param timeToFirstFill  placement to first fill, of every order that filled at all
 * @param timeToFill       placement to complete fill of each fully filled order
 * @param jobWait          arrival to start of each started job
 * @param days             cost, units and order waits per UTC day, for the day bootstrap (kept by sweeps too)
 * @param orders           every order with its arrival price and life VWAP (dropped by sweeps, as the timeline)
 */
public record StrategyResult(String name, String type, Map<String, Object> parameters, long costCents,
                             long unitsBought, long unitsOrdered, long ordersPlaced, long marketOrders,
                             long ordersCanceled, long ordersRepriced, long ordersFilled, long ordersPartlyFilled,
                             long ordersNeverFilled, long ordersOpenAtEnd, long unusedTokens, long consumedTokens,
                             long stockOutMillis, int stockOuts, long unmetTokens, int jobsTotal, int jobsStarted,
                             Percentiles timeToFirstFill, Percentiles timeToFill,
                             Percentiles jobWait, Timeline timeline, DayBlocks days, OrderLog orders) {

    /**
     * The same numbers without the timeline and the order log (for sweeps, which keep thousands of results and draw
     * no timelines).
     */
    public StrategyResult withoutTimeline() {
        return new StrategyResult(name, type, parameters, costCents, unitsBought, unitsOrdered, ordersPlaced,
                marketOrders, ordersCanceled, ordersRepriced, ordersFilled, ordersPartlyFilled, ordersNeverFilled,
                ordersOpenAtEnd, unusedTokens, consumedTokens, stockOutMillis, stockOuts, unmetTokens, jobsTotal,
                jobsStarted, timeToFirstFill, timeToFill, jobWait,
                Timeline.EMPTY, days, OrderLog.EMPTY);
    }

    /** The same result under another label (a live run beside its replay in one report). */
    public StrategyResult named(String label) {
        return new StrategyResult(label, type, parameters, costCents, unitsBought, unitsOrdered, ordersPlaced,
                marketOrders, ordersCanceled, ordersRepriced, ordersFilled, ordersPartlyFilled, ordersNeverFilled,
                ordersOpenAtEnd, unusedTokens, consumedTokens, stockOutMillis, stockOuts, unmetTokens, jobsTotal,
                jobsStarted, timeToFirstFill, timeToFill, jobWait, timeline, days, orders);
    }

    /** Average price paid per unit in USD, or NaN when nothing was bought. */
    public double averagePrice() {
        return unitsBought == 0 ? Double.NaN : costCents / (double) unitsBought / Prices.TICKS_PER_DOLLAR;
    }

    /** Units filled over units ordered (0 when nothing was ordered). */
    public double fillRate() {
        return unitsOrdered == 0 ? 0 : unitsBought / (double) unitsOrdered;
    }

    public double costUsd() {
        return costCents / (double) Prices.TICKS_PER_DOLLAR;
    }

    /** Units still in the balance at the end (whole and fractional). */
    public double unusedUnits() {
        return unusedTokens / (double) Prices.TOKENS_PER_UNIT;
    }

    public double unmetUnits() {
        return unmetTokens / (double) Prices.TOKENS_PER_UNIT;
    }
}
