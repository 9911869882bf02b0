package io.gridbench.exchange.matching;

import io.gridbench.exchange.book.ArrayOrderBook;
import io.gridbench.exchange.market.IdGenerator;
import io.gridbench.exchange.market.OrderStatus;
import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Side;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarketMatcherTest {
    private final MarketMatcher matcher = new MarketMatcher("market_m", new ArrayOrderBook(), new IdGenerator(1));
    private final List<Trade> trades = new ArrayList<>();
    private final List<Order> selfTradeCanceled = new ArrayList<>();
    private final TradeListener listener = new TradeListener() {
        @Override
        public void onTrade(Trade trade, Order buy, Order sell) {
            trades.add(trade);
        }

        @Override
        public void onSelfTradeCancel(Order resting, long canceledQuantity) {
            selfTradeCanceled.add(resting);
        }
    };
    private long sequence = 1;

    private Order order(String account, long owner, Side side, OrderType type, long price, long quantity) {
        long seq = sequence++;
        return new Order(seq, "order_" + seq, null, account, owner, "market_m", side, type, price, quantity, 1_000);
    }

    @Test
    void aTradeNamesBothSidesTheAggressorAndTheMakersPrice() {
        Order ask = order("acct_s", 1, Side.SELL, OrderType.LIMIT, 240, 5);
        matcher.submit(ask, Long.MAX_VALUE, 1_000, listener);
        Order bid = order("acct_b", 2, Side.BUY, OrderType.LIMIT, 250, 3);

        matcher.submit(bid, Long.MAX_VALUE, 2_000, listener);

        assertThat(trades).hasSize(1);
        Trade trade = trades.get(0);
        assertThat(trade.tradeId()).startsWith("trade_");
        assertThat(trade).extracting(Trade::priceTicks, Trade::quantity, Trade::buyerAccountId,
                        Trade::sellerAccountId, Trade::buyOrderId, Trade::sellOrderId, Trade::aggressor,
                        Trade::timestampMillis)
                .containsExactly(240L, 3L, "acct_b", "acct_s", bid.orderId(), ask.orderId(), Side.BUY, 2_000L);
        assertThat(bid.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(ask.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(ask.updatedAtMillis()).isEqualTo(2_000);
    }

    @Test
    void marketOrderRemainderIsCanceledNotRested() {
        matcher.submit(order("acct_s", 1, Side.SELL, OrderType.LIMIT, 240, 2), Long.MAX_VALUE, 1_000, listener);
        Order buy = order("acct_b", 2, Side.BUY, OrderType.MARKET, 0, 5);

        matcher.submit(buy, Long.MAX_VALUE, 1_000, listener);

        assertThat(buy.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(buy.filledQuantity()).isEqualTo(2);
        assertThat(matcher.book().orderCount()).isZero();
    }

    @Test
    void selfTradePreventionCancelsTheRestingOrder() {
        Order ask = order("acct_a", 1, Side.SELL, OrderType.LIMIT, 240, 2);
        matcher.submit(ask, Long.MAX_VALUE, 1_000, listener);
        Order bid = order("acct_a", 1, Side.BUY, OrderType.LIMIT, 240, 2);

        matcher.submit(bid, Long.MAX_VALUE, 1_000, listener);

        assertThat(trades).isEmpty();
        assertThat(selfTradeCanceled).containsExactly(ask);
        assertThat(ask.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(bid.status()).isEqualTo(OrderStatus.OPEN);
    }

    @Test
    void cancelReturnsTheRestingRemainder() {
        Order bid = order("acct_a", 1, Side.BUY, OrderType.LIMIT, 240, 7);
        matcher.submit(bid, Long.MAX_VALUE, 1_000, listener);

        assertThat(matcher.cancel(bid, 3_000)).isEqualTo(7);
        assertThat(bid.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(bid.updatedAtMillis()).isEqualTo(3_000);
    }
}
