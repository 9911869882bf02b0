package io.gridbench.exchange.book;

import io.gridbench.exchange.market.Side;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The reference order book: plain {@link TreeMap}s of FIFO queues, written for obviousness rather than speed, used
 * to cross-check {@link ArrayOrderBook}. Owned by a single thread. Allocates freely.
 */
public final class TreeMapOrderBook implements OrderBook {

    private final NavigableMap<Long, ArrayDeque<Resting>> bids = new TreeMap<>(Collections.reverseOrder());
    private final NavigableMap<Long, ArrayDeque<Resting>> asks = new TreeMap<>();
    private final Map<Long, Resting> byId = new HashMap<>();

    @Override
    public long placeLimit(long orderId, long owner, Side side, long priceTicks, long quantity,
                           MatchListener listener) {
        checkPrice(priceTicks);
        checkNew(orderId, quantity);
        long remaining = match(orderId, owner, side, priceTicks, quantity, Long.MAX_VALUE, listener);
        if (remaining > 0) {
            Resting order = new Resting(orderId, owner, side, priceTicks, remaining);
            levels(side).computeIfAbsent(priceTicks, p -> new ArrayDeque<>()).addLast(order);
            byId.put(orderId, order);
        }
        return remaining;
    }

    @Override
    public long placeMarket(long orderId, long owner, Side side, long quantity, long notionalLimit,
                            MatchListener listener) {
        checkNew(orderId, quantity);
        long worstPrice = side == Side.BUY ? Long.MAX_VALUE : Long.MIN_VALUE;
        return quantity - match(orderId, owner, side, worstPrice, quantity, notionalLimit, listener);
    }

    private long match(long orderId, long owner, Side side, long limitPrice, long quantity, long notionalLimit,
                       MatchListener listener) {
        NavigableMap<Long, ArrayDeque<Resting>> opposite = levels(side.opposite());
        long remaining = quantity;
        long budget = notionalLimit;
        while (remaining > 0 && !opposite.isEmpty()) {
            long price = opposite.firstKey();
            boolean crosses = side == Side.BUY ? price <= limitPrice : price >= limitPrice;
            if (!crosses || budget < price) {
                break;
            }
            ArrayDeque<Resting> queue = opposite.get(price);
            Iterator<Resting> it = queue.iterator();
            while (remaining > 0 && it.hasNext() && budget >= price) {
                Resting maker = it.next();
                if (maker.owner == owner) {
                    it.remove();
                    byId.remove(maker.orderId);
                    listener.onSelfTradeCancel(orderId, maker.orderId, maker.owner, price, maker.remaining);
                    continue;
                }
                long fill = Math.min(Math.min(remaining, maker.remaining), budget / price);
                maker.remaining -= fill;
                remaining -= fill;
                budget -= fill * price;
                if (maker.remaining == 0) {
                    it.remove();
                    byId.remove(maker.orderId);
                }
                listener.onTrade(orderId, owner, maker.orderId, maker.owner, price, fill, maker.remaining);
            }
            if (queue.isEmpty()) {
                opposite.remove(price);
            }
        }
        return remaining;
    }

    @Override
    public long cancel(long orderId) {
        Resting order = byId.remove(orderId);
        if (order == null) {
            return 0;
        }
        NavigableMap<Long, ArrayDeque<Resting>> side = levels(order.side);
        ArrayDeque<Resting> queue = side.get(order.price);
        queue.remove(order);
        if (queue.isEmpty()) {
            side.remove(order.price);
        }
        return order.remaining;
    }

    @Override
    public long remaining(long orderId) {
        Resting order = byId.get(orderId);
        return order == null ? 0 : order.remaining;
    }

    @Override
    public long bestBid() {
        return bids.isEmpty() ? -1 : bids.firstKey();
    }

    @Override
    public long bestAsk() {
        return asks.isEmpty() ? -1 : asks.firstKey();
    }

    @Override
    public int levelCount(Side side) {
        return levels(side).size();
    }

    @Override
    public int orderCount() {
        return byId.size();
    }

    @Override
    public int depth(Side side, long[] prices, long[] quantities) {
        int max = Math.min(prices.length, quantities.length);
        int n = 0;
        for (Map.Entry<Long, ArrayDeque<Resting>> level : levels(side).entrySet()) {
            if (n == max) {
                break;
            }
            long total = 0;
            for (Resting order : level.getValue()) {
                total += order.remaining;
            }
            prices[n] = level.getKey();
            quantities[n] = total;
            n++;
        }
        return n;
    }

    @Override
    public void validateInternalState() {
        int count = 0;
        for (Side side : Side.values()) {
            for (Map.Entry<Long, ArrayDeque<Resting>> level : levels(side).entrySet()) {
                if (level.getValue().isEmpty()) {
                    throw new IllegalStateException("empty level kept at " + level.getKey());
                }
                for (Resting order : level.getValue()) {
                    if (order.price != level.getKey() || order.side != side || order.remaining <= 0
                            || byId.get(order.orderId) != order) {
                        throw new IllegalStateException("order " + order.orderId + " misfiled");
                    }
                    count++;
                }
            }
        }
        if (count != byId.size()) {
            throw new IllegalStateException("index holds " + byId.size() + " orders, levels " + count);
        }
        if (!bids.isEmpty() && !asks.isEmpty() && bestBid() >= bestAsk()) {
            throw new IllegalStateException("book crossed: bid " + bestBid() + " >= ask " + bestAsk());
        }
    }

    private NavigableMap<Long, ArrayDeque<Resting>> levels(Side side) {
        return side == Side.BUY ? bids : asks;
    }

    private void checkNew(long orderId, long quantity) {
        if (orderId <= 0 || byId.containsKey(orderId)) {
            throw new IllegalArgumentException("order id " + orderId + " is not positive or already rests");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
    }

    static void checkPrice(long priceTicks) {
        if (priceTicks <= 0 || priceTicks > MAX_PRICE_TICKS) {
            throw new IllegalArgumentException("price " + priceTicks + " ticks outside 1.." + MAX_PRICE_TICKS);
        }
    }

    private static final class Resting {
        final long orderId;
        final long owner;
        final Side side;
        final long price;
        long remaining;

        Resting(long orderId, long owner, Side side, long price, long remaining) {
            this.orderId = orderId;
            this.owner = owner;
            this.side = side;
            this.price = price;
            this.remaining = remaining;
        }
    }
}
