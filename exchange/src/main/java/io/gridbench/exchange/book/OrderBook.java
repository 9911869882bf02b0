package io.gridbench.exchange.book;

import io.gridbench.exchange.market.Side;

/**
 * One instrument's central limit order book with price-time priority and self-trade prevention. Owned by a single
 * thread (the venue's core thread); not safe for concurrent use. Prices are ticks, quantities whole units, order ids
 * and owners caller-assigned longs; order ids must be positive and unique among resting orders.
 *
 * <p>Matching rules every implementation follows (and the shared test suite checks):
 * <ul>
 *   <li>an incoming order matches the best opposite price first, and within a price the oldest order first;</li>
 *   <li>every fill is at the resting (maker) order's price;</li>
 *   <li>a resting order of the same owner as the incoming order is canceled, not matched (cancel-resting
 *       self-trade prevention), and matching continues behind it;</li>
 *   <li>a limit order rests the unmatched remainder at its limit price; a market order never rests.</li>
 * </ul>
 */
public interface OrderBook {

    /** Highest price the book accepts (10,000.00 USD per unit): bounds the price-indexed arrays of the fast book. */
    long MAX_PRICE_TICKS = 1_000_000L;

    /**
     * Matches a limit order and rests whatever does not fill.
     *
     * @param priceTicks 1..{@link #MAX_PRICE_TICKS}
     * @param quantity   positive
     * @return the quantity left resting on the book (0 when fully filled)
     */
    long placeLimit(long orderId, long owner, Side side, long priceTicks, long quantity, MatchListener listener);

    /**
     * Matches a market order; the unfilled remainder is dropped, never rests.
     *
     * @param notionalLimit the most the order may spend in ticks times units (cents): a market buy stops at the first
     *                      unit it cannot afford. {@link Long#MAX_VALUE} means no limit (use it for sells).
     * @return the quantity filled
     */
    long placeMarket(long orderId, long owner, Side side, long quantity, long notionalLimit, MatchListener listener);

    /**
     * Removes a resting order.
     *
     * @return its remaining quantity, or 0 when no such order rests
     */
    long cancel(long orderId);

    /** Remaining quantity of a resting order, 0 when it does not rest. */
    long remaining(long orderId);

    /** Best bid price in ticks, -1 when there are no bids. */
    long bestBid();

    /** Best ask price in ticks, -1 when there are no asks. */
    long bestAsk();

    /** Number of non-empty price levels on a side. */
    int levelCount(Side side);

    /** Number of resting orders on both sides. */
    int orderCount();

    /**
     * Copies a side's levels, best first, into parallel arrays.
     *
     * @return the number of levels written: at most the shorter array's length
     */
    int depth(Side side, long[] prices, long[] quantities);

    /**
     * Checks every structural invariant (links, level totals, index, best prices, book not crossed).
     *
     * @throws IllegalStateException naming the first broken invariant
     */
    void validateInternalState();
}
