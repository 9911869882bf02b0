package io.gridbench.backtest.fidelity;

import io.gridbench.backtest.demand.ConsumptionAccount;
import io.gridbench.backtest.metrics.RunRecorder;
import io.gridbench.backtest.strategy.OrderGateway;
import io.gridbench.backtest.strategy.Strategy;
import io.gridbench.backtest.strategy.StrategyContext;
import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Prices;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.matching.Trade;
import io.gridbench.exchange.venue.OrderView;
import io.gridbench.exchange.venue.PlaceOrder;
import io.gridbench.exchange.venue.Venue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The strategy's {@link OrderGateway} on the real matching engine. An order reaches the book after the latency, as
 * in the backtest: a limit buy then rests with real time priority (or trades at once if marketable), a market buy
 * walks the real book (its unfilled rest is canceled, as on the Grid). A re-price is a cancel and a new order at the
 * new price, sent after the latency (the old order may still fill meanwhile); a cancel is immediate, as in the
 * backtest. Fills come from the engine's trades whose buyer is the strategy's account. Owned by the engine run's
 * thread.
 */
final class EngineGateway implements OrderGateway {
    private final Venue venue;
    private final String accountId;
    private final String marketId;
    private final long latencyMillis;
    private final RunRecorder recorder;
    private final ConsumptionAccount account;
    private final StrategyContext context;
    private final List<EngineOrder> open = new ArrayList<>();
    private final Map<String, EngineOrder> byVenueId = new HashMap<>();
    private long nextId = 1;
    private long nextActivation = Long.MAX_VALUE;

    EngineGateway(Venue venue, String accountId, String marketId, long latencyMillis, RunRecorder recorder,
                  ConsumptionAccount account, StrategyContext context) {
        this.venue = venue;
        this.accountId = accountId;
        this.marketId = marketId;
        this.latencyMillis = latencyMillis;
        this.recorder = recorder;
        this.account = account;
        this.context = context;
    }

    long nextActivation() {
        return nextActivation;
    }

    @Override
    public long buyLimit(long quantity, long priceTicks) {
        if (quantity <= 0 || priceTicks <= 0) {
            throw new IllegalArgumentException("limit buy needs a positive quantity and price, got " + quantity
                    + " @ " + priceTicks);
        }
        return add(new EngineOrder(nextId++, false, priceTicks, quantity, context.now(),
                context.now() + latencyMillis));
    }

    @Override
    public long buyMarket(long quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("market buy needs a positive quantity, got " + quantity);
        }
        return add(new EngineOrder(nextId++, true, 0, quantity, context.now(), context.now() + latencyMillis));
    }

    private long add(EngineOrder o) {
        open.add(o);
        recorder.placed(o.id, o.placedAt, o.limit, o.quantity, o.market, context.market().midEstimate());
        nextActivation = Math.min(nextActivation, o.sendAt);
        return o.id;
    }

    @Override
    public boolean reprice(long orderId, long priceTicks) {
        EngineOrder o = find(orderId);
        if (o == null || o.market || priceTicks <= 0) {
            return false;
        }
        if (o.limit == priceTicks) {
            return true;
        }
        o.limit = priceTicks;
        o.sendAt = context.now() + latencyMillis;
        recorder.repriced(context.now(), priceTicks);
        nextActivation = Math.min(nextActivation, o.sendAt);
        return true;
    }

    @Override
    public boolean cancel(long orderId) {
        EngineOrder o = find(orderId);
        if (o == null) {
            return false;
        }
        cancelOnVenue(o);
        open.remove(o);
        recorder.canceled(o.id, context.now(), o.filled);
        return true;
    }

    @Override
    public boolean isOpen(long orderId) {
        return find(orderId) != null;
    }

    @Override
    public long price(long orderId) {
        EngineOrder o = find(orderId);
        return o == null ? -1 : o.limit;
    }

    @Override
    public long openUnits() {
        long units = 0;
        for (EngineOrder o : open) {
            units += o.remaining();
        }
        return units;
    }

    /** The run ended: tells the recorder which orders are still open and how much of each filled. */
    void finish() {
        for (EngineOrder o : open) {
            recorder.openAtEnd(o.filled);
        }
    }

    private EngineOrder find(long id) {
        for (EngineOrder o : open) {
            if (o.id == id) {
                return o;
            }
        }
        return null;
    }

    /**
     * Sends every order (or re-price) whose latency has elapsed by {@code now} to the venue. Trades it causes are
     * reported by the venue's trade observer and handed to {@link #onOwnTrade} by the run afterwards.
     */
    void activate(long now) {
        long next = Long.MAX_VALUE;
        for (EngineOrder o : List.copyOf(open)) {
            if (o.sendAt > now) {
                next = Math.min(next, o.sendAt);
                continue;
            }
            if (o.sendAt < 0) {
                continue;
            }
            o.sendAt = -1;
            if (o.venueOrderId != null) {
                // A re-price: the old order leaves the book (keeping what it filled), the rest goes in anew.
                cancelOnVenue(o);
                byVenueId.remove(o.venueOrderId);
                o.venueOrderId = null;
            }
            OrderView placed = venue.placeOrder(new PlaceOrder(accountId, marketId, Side.BUY,
                    o.market ? OrderType.MARKET : OrderType.LIMIT, o.market ? 0 : o.limit, o.remaining(), null, now));
            o.venueOrderId = placed.orderId();
            byVenueId.put(placed.orderId(), o);
            o.sentView = placed;
        }
        nextActivation = next;
    }

    /**
     * After the venue call that placed orders returned: an order the venue rejected or a market order whose rest
     * was canceled is no longer open. Run after the trades of that call were handed over.
     */
    void settleSent() {
        for (EngineOrder o : List.copyOf(open)) {
            OrderView sent = o.sentView;
            if (sent == null) {
                continue;
            }
            o.sentView = null;
            OrderView now = venue.order(accountId, sent.orderId());
            if (now.status().isTerminal() && o.remaining() > 0 && o.sendAt < 0) {
                recorder.endedByVenue(o.filled);
                open.remove(o);
                byVenueId.remove(sent.orderId());
            }
        }
    }

    /** A trade of the engine in which the strategy's account bought; fills our order and tells the strategy. */
    void onOwnTrade(Trade trade, long now, Strategy strategy) {
        EngineOrder o = byVenueId.get(trade.buyOrderId());
        if (o == null) {
            throw new IllegalStateException("trade " + trade.tradeId() + " fills unknown order " + trade.buyOrderId());
        }
        long q = trade.quantity();
        if (o.filled == 0) {
            recorder.firstFill(now - o.placedAt);
        }
        o.filled += q;
        recorder.fill(o.id, now, trade.priceTicks(), q);
        if (o.remaining() == 0) {
            recorder.completed(now - o.placedAt);
            open.remove(o);
            byVenueId.remove(trade.buyOrderId());
        }
        account.credit(q * Prices.TOKENS_PER_UNIT, now);
        strategy.onFill(context, o.id, trade.priceTicks(), q);
    }

    private void cancelOnVenue(EngineOrder o) {
        if (o.venueOrderId != null && !venue.order(accountId, o.venueOrderId).status().isTerminal()) {
            venue.cancelOrder(accountId, o.venueOrderId);
        }
    }

    /** One strategy order and the venue order currently carrying it. */
    private static final class EngineOrder {
        final long id;
        final boolean market;
        final long quantity;
        final long placedAt;
        long limit;
        /** When the order (or its re-price) reaches the venue; -1 once sent. */
        long sendAt;
        String venueOrderId;
        OrderView sentView;
        long filled;

        EngineOrder(long id, boolean market, long limit, long quantity, long placedAt, long sendAt) {
            this.id = id;
            this.market = market;
            this.limit = limit;
            this.quantity = quantity;
            this.placedAt = placedAt;
            this.sendAt = sendAt;
        }

        long remaining() {
            return quantity - filled;
        }
    }
}
