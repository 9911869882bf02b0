package io.gridbench.exchange.matching;

import io.gridbench.exchange.book.MatchListener;
import io.gridbench.exchange.book.OrderBook;
import io.gridbench.exchange.market.IdGenerator;
import io.gridbench.exchange.market.OrderStatus;
import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Side;

import java.util.HashMap;
import java.util.Map;

/**
 * Matches one market's orders: feeds them to an {@link OrderBook}, turns the book's primitive callbacks into
 * {@link Trade}s with ids and updates both orders' fills and statuses. Owned by the venue's core thread.
 *
 * <p>Rules: price-time priority; a limit order is good till canceled (its matchable part fills at once at the
 * resting orders' prices, the remainder rests at its limit); a market order sweeps the opposite side best price
 * first and its unfilled remainder is canceled, never rests. Self-trade prevention cancels the resting order when an
 * incoming order of the same account would match it, and matching continues behind it.
 */
public final class MarketMatcher implements MatchListener {
    private final String marketId;
    private final OrderBook book;
    private final IdGenerator ids;
    private final Map<Long, Order> resting = new HashMap<>();
    private Order taker;
    private TradeListener listener;
    private long now;

    public MarketMatcher(String marketId, OrderBook book, IdGenerator ids) {
        this.marketId = marketId;
        this.book = book;
        this.ids = ids;
    }

    /**
     * Matches an order and rests a limit order's remainder. When this returns, the order is {@code filled},
     * {@code partially_filled} or {@code open} (resting), or {@code canceled} (a market order's unfilled part).
     *
     * @param notionalLimit cents a market buy may spend ({@link Long#MAX_VALUE}: no limit); ignored for limits
     */
    public void submit(Order order, long notionalLimit, long nowMillis, TradeListener tradeListener) {
        taker = order;
        listener = tradeListener;
        now = nowMillis;
        try {
            if (order.type() == OrderType.LIMIT) {
                long rests = book.placeLimit(order.sequence(), order.owner(), order.side(), order.priceTicks(),
                        order.remainingQuantity(), this);
                if (rests > 0) {
                    resting.put(order.sequence(), order);
                }
            } else {
                long limit = order.side() == Side.BUY ? notionalLimit : Long.MAX_VALUE;
                book.placeMarket(order.sequence(), order.owner(), order.side(), order.remainingQuantity(), limit,
                        this);
                if (order.status() != OrderStatus.FILLED) {
                    order.cancel(nowMillis);
                }
            }
        } finally {
            taker = null;
            listener = null;
        }
    }

    /**
     * Takes a resting order off the book and marks it canceled.
     *
     * @return the units that were still resting
     */
    public long cancel(Order order, long nowMillis) {
        long remaining = book.cancel(order.sequence());
        resting.remove(order.sequence());
        order.cancel(nowMillis);
        return remaining;
    }

    public OrderBook book() {
        return book;
    }

    public String marketId() {
        return marketId;
    }

    @Override
    public void onTrade(long takerOrderId, long takerOwner, long makerOrderId, long makerOwner, long priceTicks,
                        long quantity, long makerRemaining) {
        Order maker = makerRemaining == 0 ? resting.remove(makerOrderId) : resting.get(makerOrderId);
        taker.fill(quantity, priceTicks, now);
        maker.fill(quantity, priceTicks, now);
        boolean takerBuys = taker.side() == Side.BUY;
        Order buy = takerBuys ? taker : maker;
        Order sell = takerBuys ? maker : taker;
        Trade trade = new Trade(ids.next("trade"), marketId, priceTicks, quantity, buy.orderId(), sell.orderId(),
                buy.accountId(), sell.accountId(), taker.side(), now);
        listener.onTrade(trade, buy, sell);
    }

    @Override
    public void onSelfTradeCancel(long takerOrderId, long makerOrderId, long makerOwner, long priceTicks,
                                  long canceledQuantity) {
        Order maker = resting.remove(makerOrderId);
        maker.cancel(now);
        listener.onSelfTradeCancel(maker, canceledQuantity);
    }
}
