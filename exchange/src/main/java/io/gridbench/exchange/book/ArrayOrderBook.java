package io.gridbench.exchange.book;

import io.gridbench.exchange.market.Side;

/**
 * The fast order book the venue matches with: price levels in arrays indexed by tick ({@link PriceLadder}), an
 * intrusive FIFO of pooled nodes per level ({@link OrderNodes}) and a primitive open-addressing index from order id
 * to node ({@link LongIntHashMap}) for O(1) cancel. Owned by a single thread. Once its arrays have grown to the
 * working set (order count and highest price), placing, matching and canceling allocate nothing.
 */
public final class ArrayOrderBook implements OrderBook {
    private final OrderNodes nodes;
    private final PriceLadder bids;
    private final PriceLadder asks;
    private final LongIntHashMap index;

    /** A book sized for a few thousand resting orders and prices up to 40.96 USD; it grows beyond both on demand. */
    public ArrayOrderBook() {
        this(4096, 4096);
    }

    /**
     * @param expectedOrders resting orders to size the node pool and index for
     * @param expectedTicks  highest price (in ticks) to size the level arrays for
     */
    public ArrayOrderBook(int expectedOrders, int expectedTicks) {
        nodes = new OrderNodes(expectedOrders);
        bids = new PriceLadder(true, nodes, expectedTicks);
        asks = new PriceLadder(false, nodes, expectedTicks);
        index = new LongIntHashMap(expectedOrders);
    }

    @Override
    public long placeLimit(long orderId, long owner, Side side, long priceTicks, long quantity,
                           MatchListener listener) {
        TreeMapOrderBook.checkPrice(priceTicks);
        checkNew(orderId, quantity);
        boolean buy = side == Side.BUY;
        long remaining = match(orderId, owner, buy, priceTicks, quantity, Long.MAX_VALUE, listener);
        if (remaining > 0) {
            int node = nodes.acquire(orderId, owner, buy, priceTicks, remaining);
            (buy ? bids : asks).append(node);
            index.put(orderId, node);
        }
        return remaining;
    }

    @Override
    public long placeMarket(long orderId, long owner, Side side, long quantity, long notionalLimit,
                            MatchListener listener) {
        checkNew(orderId, quantity);
        boolean buy = side == Side.BUY;
        long worstPrice = buy ? Long.MAX_VALUE : Long.MIN_VALUE;
        return quantity - match(orderId, owner, buy, worstPrice, quantity, notionalLimit, listener);
    }

    private long match(long orderId, long owner, boolean buy, long limitPrice, long quantity, long notionalLimit,
                       MatchListener listener) {
        PriceLadder opposite = buy ? asks : bids;
        boolean budgeted = notionalLimit != Long.MAX_VALUE;
        long budget = notionalLimit;
        long remaining = quantity;
        while (remaining > 0) {
            long price = opposite.best();
            if (price < 0 || (buy ? price > limitPrice : price < limitPrice) || budget < price) {
                break;
            }
            int node = opposite.head(price);
            while (node != OrderNodes.NIL && remaining > 0 && budget >= price) {
                int next = nodes.next[node];
                long makerId = nodes.orderId[node];
                long makerOwner = nodes.owner[node];
                long makerRemaining = nodes.remaining[node];
                if (makerOwner == owner) {
                    removeResting(opposite, node, makerId);
                    listener.onSelfTradeCancel(orderId, makerId, makerOwner, price, makerRemaining);
                } else {
                    long fill = Math.min(remaining, makerRemaining);
                    if (budgeted) {
                        fill = Math.min(fill, budget / price);
                        budget -= fill * price;
                    }
                    remaining -= fill;
                    long left = makerRemaining - fill;
                    if (left == 0) {
                        removeResting(opposite, node, makerId);
                    } else {
                        nodes.remaining[node] = left;
                        opposite.reduce(price, fill);
                    }
                    listener.onTrade(orderId, owner, makerId, makerOwner, price, fill, left);
                }
                node = next;
            }
        }
        return remaining;
    }

    private void removeResting(PriceLadder ladder, int node, long orderId) {
        ladder.unlink(node);
        index.remove(orderId);
        nodes.release(node);
    }

    @Override
    public long cancel(long orderId) {
        int node = index.get(orderId);
        if (node == LongIntHashMap.MISSING) {
            return 0;
        }
        long remaining = nodes.remaining[node];
        removeResting(nodes.buy[node] ? bids : asks, node, orderId);
        return remaining;
    }

    @Override
    public long remaining(long orderId) {
        int node = index.get(orderId);
        return node == LongIntHashMap.MISSING ? 0 : nodes.remaining[node];
    }

    @Override
    public long bestBid() {
        return bids.best();
    }

    @Override
    public long bestAsk() {
        return asks.best();
    }

    @Override
    public int levelCount(Side side) {
        return (side == Side.BUY ? bids : asks).levels();
    }

    @Override
    public int orderCount() {
        return index.size();
    }

    @Override
    public int depth(Side side, long[] prices, long[] quantities) {
        PriceLadder ladder = side == Side.BUY ? bids : asks;
        int max = Math.min(prices.length, quantities.length);
        int n = 0;
        for (long p = ladder.best(); p >= 0 && n < max; p = ladder.nextWorse(p)) {
            prices[n] = p;
            quantities[n] = ladder.quantityAt(p);
            n++;
        }
        return n;
    }

    @Override
    public void validateInternalState() {
        int resting = bids.validate(index) + asks.validate(index);
        if (resting != index.size()) {
            throw new IllegalStateException("index holds " + index.size() + " orders, levels " + resting);
        }
        if (bids.best() >= 0 && asks.best() >= 0 && bids.best() >= asks.best()) {
            throw new IllegalStateException("book crossed: bid " + bids.best() + " >= ask " + asks.best());
        }
    }

    private void checkNew(long orderId, long quantity) {
        if (orderId <= 0 || index.get(orderId) != LongIntHashMap.MISSING) {
            throw new IllegalArgumentException("order id " + orderId + " is not positive or already rests");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
    }
}
