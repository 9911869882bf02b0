package io.gridbench.benchmarks.book;

import exchange.core2.collections.objpool.ObjectsPool;
import exchange.core2.core.common.CoreSymbolSpecification;
import exchange.core2.core.common.MatcherEventType;
import exchange.core2.core.common.MatcherTradeEvent;
import exchange.core2.core.common.OrderAction;
import exchange.core2.core.common.OrderType;
import exchange.core2.core.common.SymbolType;
import exchange.core2.core.common.cmd.CommandResultCode;
import exchange.core2.core.common.cmd.OrderCommand;
import exchange.core2.core.common.cmd.OrderCommandType;
import exchange.core2.core.common.config.LoggingConfiguration;
import exchange.core2.core.orderbook.IOrderBook;
import exchange.core2.core.orderbook.OrderBookDirectImpl;
import exchange.core2.core.orderbook.OrderBookEventsHelper;

import java.util.Map;

/**
 * exchange-core's fast order book ({@link OrderBookDirectImpl}, 0.5.3) driven by an {@link OrderFlow}, the way its
 * matching engine drives it: one mutable {@link OrderCommand} reused for every call, the trade events it chains onto
 * the command read back and summed, as {@link MatchingEngineBenchmark.FillCounter} sums gridbench's fills. Object
 * pools sized as exchange-core's own {@code MatchingEngineRouter} sizes them. Single-threaded, like the book.
 *
 * <p>Mapping of the flow's operations: a limit order is a GTC order; a market order an IOC order priced to sweep
 * (the most a bid will pay, 0 for an ask); a cancel names the order's owner as well as its id (exchange-core refuses
 * a cancel from another user); a re-price is a cancel and a new GTC order, as on gridbench's book. exchange-core has
 * no self-trade prevention, so feed it a flow generated with {@code sharedOwners} false.
 */
final class ExchangeCoreBook {

    private final IOrderBook book;
    private final OrderCommand command = new OrderCommand();
    /** Units traded so far: read by tests, and keeps the event walk from being optimized away. */
    long filled;

    ExchangeCoreBook() {
        CoreSymbolSpecification spec = CoreSymbolSpecification.builder()
                .symbolId(1).type(SymbolType.CURRENCY_EXCHANGE_PAIR).baseCurrency(1).quoteCurrency(2)
                .baseScaleK(1).quoteScaleK(1).build();
        ObjectsPool pool = new ObjectsPool(Map.of(
                ObjectsPool.DIRECT_ORDER, 1024 * 1024,
                ObjectsPool.DIRECT_BUCKET, 1024 * 64,
                ObjectsPool.ART_NODE_4, 1024 * 32,
                ObjectsPool.ART_NODE_16, 1024 * 16,
                ObjectsPool.ART_NODE_48, 1024 * 8,
                ObjectsPool.ART_NODE_256, 1024 * 4));
        book = new OrderBookDirectImpl(spec, pool, OrderBookEventsHelper.NON_POOLED_EVENTS_HELPER,
                LoggingConfiguration.DEFAULT);
        command.symbol = 1;
    }

    /** Places the flow's opening book. */
    void open(OrderFlow flow) {
        for (int i = 0; i < flow.openingCount; i++) {
            apply(flow, i);
        }
    }

    /** Applies the flow's operation {@code i}, returning the units it traded. */
    long apply(OrderFlow flow, int i) {
        switch (flow.type[i]) {
            case OrderFlow.LIMIT:
                return place(flow, i, OrderType.GTC, flow.price[i]);
            case OrderFlow.CANCEL:
                cancel(flow.orderId[i], flow.owner[i]);
                return 0;
            case OrderFlow.REPRICE:
                cancel(flow.replaced[i], flow.owner[i]);
                return place(flow, i, OrderType.GTC, flow.price[i]);
            default:
                return place(flow, i, OrderType.IOC, flow.buy[i] ? Long.MAX_VALUE : 0);
        }
    }

    /** Resting orders on both sides. */
    int orderCount() {
        return book.getOrdersNum(OrderAction.ASK) + book.getOrdersNum(OrderAction.BID);
    }

    private long place(OrderFlow flow, int i, OrderType type, long price) {
        OrderCommand c = command;
        c.command = OrderCommandType.PLACE_ORDER;
        c.orderType = type;
        c.orderId = flow.orderId[i];
        c.uid = flow.owner[i];
        c.action = flow.buy[i] ? OrderAction.BID : OrderAction.ASK;
        c.price = price;
        c.reserveBidPrice = price;
        c.size = flow.quantity[i];
        c.matcherEvent = null;
        book.newOrder(c);
        long traded = 0;
        for (MatcherTradeEvent e = c.matcherEvent; e != null; e = e.nextEvent) {
            if (e.eventType == MatcherEventType.TRADE) {
                traded += e.size;
            }
        }
        filled += traded;
        return traded;
    }

    private void cancel(long orderId, long owner) {
        OrderCommand c = command;
        c.command = OrderCommandType.CANCEL_ORDER;
        c.orderId = orderId;
        c.uid = owner;
        c.matcherEvent = null;
        if (book.cancelOrder(c) != CommandResultCode.SUCCESS) {
            throw new IllegalStateException("exchange-core refused to cancel order " + orderId + " of " + owner);
        }
    }
}
