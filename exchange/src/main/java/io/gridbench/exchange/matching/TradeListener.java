package io.gridbench.exchange.matching;

/**
 * Receives the outcome of matching from a {@link MarketMatcher}, on the venue's core thread, after both orders'
 * fills and statuses are updated: the venue settles cash and tokens and records market data here.
 */
public interface TradeListener {

    void onTrade(Trade trade, Order buy, Order sell);

    /** A resting order was canceled by self-trade prevention; {@code canceledQuantity} units left the book. */
    void onSelfTradeCancel(Order resting, long canceledQuantity);
}
