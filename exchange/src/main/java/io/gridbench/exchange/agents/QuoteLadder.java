package io.gridbench.exchange.agents;

import io.gridbench.exchange.market.OrderStatus;
import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.venue.OrderView;
import io.gridbench.exchange.venue.PlaceOrder;
import io.gridbench.exchange.venue.Venue;

/**
 * One side of resting liquidity kept by one agent account: a limit order of {@code unitsPerLevel} at each of
 * {@code levels} prices, a fixed step apart, starting at a best price. Taken levels are replenished; a new best
 * price moves the whole ladder. Owned by the venue's core thread.
 *
 * <p>Because a taker always empties the best level before touching the next, an intact best level means an intact
 * ladder: the routine check costs one order lookup.
 */
final class QuoteLadder {
    private final Side side;
    private final String accountId;
    private final String marketId;
    private final long stepTicks;
    private final long unitsPerLevel;
    private final String[] orderIds;
    private long bestTicks = -1;
    private long rejected;

    QuoteLadder(Side side, String accountId, String marketId, LadderSettings settings) {
        this.side = side;
        this.accountId = accountId;
        this.marketId = marketId;
        this.stepTicks = settings.stepTicks();
        this.unitsPerLevel = settings.unitsPerLevel();
        this.orderIds = new String[settings.levels()];
    }

    /** The best price the ladder quotes, or -1 before it was placed. */
    long bestTicks() {
        return bestTicks;
    }

    /** Orders of this ladder the venue rejected (it should be none: the accounts are funded for that). */
    long rejected() {
        return rejected;
    }

    /** Cancels every resting level; {@link #place} puts the ladder back. */
    void cancelAll(Venue venue) {
        for (int i = 0; i < orderIds.length; i++) {
            String id = orderIds[i];
            if (id != null) {
                OrderView order = venue.order(accountId, id);
                if (!order.status().isTerminal()) {
                    venue.cancelOrder(accountId, id);
                }
                orderIds[i] = null;
            }
        }
        bestTicks = -1;
    }

    /** Places every level starting at {@code newBestTicks}; the ladder must be empty (after {@link #cancelAll}). */
    void place(Venue venue, long newBestTicks, long nowMillis) {
        bestTicks = newBestTicks;
        for (int i = 0; i < orderIds.length; i++) {
            orderIds[i] = placeLevel(venue, i, nowMillis);
        }
    }

    /** Tops up taken levels at the current prices. */
    void replenish(Venue venue, long nowMillis) {
        if (bestTicks < 0 || isFull(venue, 0)) {
            return;
        }
        for (int i = 0; i < orderIds.length; i++) {
            if (!isFull(venue, i)) {
                String id = orderIds[i];
                if (id != null && !venue.order(accountId, id).status().isTerminal()) {
                    venue.cancelOrder(accountId, id);
                }
                orderIds[i] = placeLevel(venue, i, nowMillis);
            }
        }
    }

    private boolean isFull(Venue venue, int level) {
        String id = orderIds[level];
        if (id == null) {
            return priceOf(level) < 1;
        }
        OrderView order = venue.order(accountId, id);
        return !order.status().isTerminal() && order.filledQuantity() == 0;
    }

    private String placeLevel(Venue venue, int level, long nowMillis) {
        long price = priceOf(level);
        if (price < 1) {
            return null;
        }
        OrderView order = venue.placeOrder(new PlaceOrder(accountId, marketId, side, OrderType.LIMIT, price,
                unitsPerLevel, null, nowMillis));
        if (order.status() == OrderStatus.REJECTED) {
            rejected++;
            return null;
        }
        return order.orderId();
    }

    private long priceOf(int level) {
        return side == Side.SELL ? bestTicks + level * stepTicks : bestTicks - level * stepTicks;
    }
}
