package io.gridbench.exchange.venue;

import io.gridbench.exchange.account.Account;
import io.gridbench.exchange.account.TokenBalance;
import io.gridbench.exchange.market.IdGenerator;
import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Prices;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.matching.Order;

/**
 * Places validated orders: registers them, applies the risk check (reserve cash or tokens, else reject), hands them
 * to the market's matcher and releases what a market sell did not use. Owned by the venue's core thread.
 */
final class OrderEntry {
    private final IdGenerator ids;
    private final OrderRegistry orders;
    private long nextSequence = 1;

    OrderEntry(IdGenerator ids, OrderRegistry orders) {
        this.ids = ids;
        this.orders = orders;
    }

    /** Steps 3 to 5 of placing an order, for a validated request; the order is registered even if rejected. */
    Order execute(Account account, VenueMarket market, Side side, OrderType type, long priceTicks,
                  long quantity, String clientOrderId, long now) {
        long sequence = nextSequence++;
        Order order = new Order(sequence, ids.next("order"), clientOrderId, account.accountId(), account.number(),
                market.instrument().marketId(), side, type, priceTicks, quantity, now);
        orders.add(order);
        // The balance is opened only once the order is accepted: a rejection changes nothing but the order record.
        String refusal = reserve(account, market, market.existingBalance(account), order);
        if (refusal != null) {
            order.reject(refusal, now);
            return order;
        }
        market.balance(account, now);
        long notionalLimit = side == Side.BUY && type == OrderType.MARKET ? account.availableCents() : Long.MAX_VALUE;
        market.matcher().submit(order, notionalLimit, now, market);
        if (type == OrderType.MARKET && side == Side.SELL && order.remainingQuantity() > 0) {
            market.release(order, order.remainingQuantity());
        }
        return order;
    }

    /** Reserves what the order may need; returns a rejection reason instead when the account cannot cover it. */
    private static String reserve(Account account, VenueMarket market, TokenBalance balance, Order order) {
        if (order.side() == Side.SELL) {
            long tokens = order.quantity() * Prices.TOKENS_PER_UNIT;
            return balance != null && balance.reserve(tokens) ? null : "insufficient units: needs " + order.quantity()
                    + " units of " + market.instrument().name() + ", available "
                    + (balance == null ? 0 : balance.available()) / Prices.TOKENS_PER_UNIT;
        }
        long needs;
        if (order.type() == OrderType.LIMIT) {
            needs = order.priceTicks() * order.quantity();
            if (account.reserveCash(needs)) {
                return null;
            }
        } else {
            needs = market.matcher().book().bestAsk();
            if (needs < 0 || account.availableCents() >= needs) {
                return null;
            }
        }
        return "insufficient funds: needs " + Prices.format(needs) + " USD, available "
                + Prices.format(account.availableCents()) + " USD";
    }
}
