package io.gridbench.exchange.book;

import io.gridbench.exchange.market.Side;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.gridbench.exchange.book.RecordingListener.trade;
import static io.gridbench.exchange.market.Side.BUY;
import static io.gridbench.exchange.market.Side.SELL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour every {@link OrderBook} shares; each implementation runs it through {@link #newBook()}. Owners are
 * 1, 2, 3...; every test ends with {@link OrderBook#validateInternalState()}.
 */
abstract class OrderBookContractTest {

    protected abstract OrderBook newBook();

    private final OrderBook book = newBook();
    private final RecordingListener listener = new RecordingListener();

    @AfterEach
    void invariantsHold() {
        book.validateInternalState();
    }

    @Test
    void limitOrderThatCrossesNothingRests() {
        assertThat(book.placeLimit(1, 1, BUY, 250, 10, listener)).isEqualTo(10);
        assertThat(book.placeLimit(2, 2, SELL, 260, 4, listener)).isEqualTo(4);

        assertThat(listener.events).isEmpty();
        assertThat(book.bestBid()).isEqualTo(250);
        assertThat(book.bestAsk()).isEqualTo(260);
        assertThat(book.remaining(1)).isEqualTo(10);
        assertThat(book.orderCount()).isEqualTo(2);
    }

    @Test
    void emptyBookHasNoBestPrices() {
        assertThat(book.bestBid()).isEqualTo(-1);
        assertThat(book.bestAsk()).isEqualTo(-1);
        assertThat(book.levelCount(BUY)).isZero();
    }

    @Test
    void betterPriceMatchesFirst() {
        book.placeLimit(1, 1, SELL, 260, 5, listener);
        book.placeLimit(2, 2, SELL, 255, 5, listener);

        book.placeLimit(3, 3, BUY, 300, 5, listener);

        assertThat(listener.events).containsExactly(trade(3, 3, 2, 2, 255, 5, 0));
        assertThat(book.bestAsk()).isEqualTo(260);
    }

    @Test
    void earlierOrderMatchesFirstAtTheSamePrice() {
        book.placeLimit(1, 1, BUY, 250, 5, listener);
        book.placeLimit(2, 2, BUY, 250, 5, listener);
        book.placeLimit(3, 3, BUY, 250, 5, listener);

        book.placeLimit(4, 4, SELL, 250, 7, listener);

        assertThat(listener.events).containsExactly(trade(4, 4, 1, 1, 250, 5, 0), trade(4, 4, 2, 2, 250, 2, 3));
        assertThat(book.remaining(2)).isEqualTo(3);
        assertThat(book.remaining(3)).isEqualTo(5);
    }

    @Test
    void fillsHappenAtTheRestingOrdersPrice() {
        book.placeLimit(1, 1, SELL, 240, 3, listener);

        book.placeLimit(2, 2, BUY, 275, 3, listener);

        assertThat(listener.events).containsExactly(trade(2, 2, 1, 1, 240, 3, 0));
    }

    @Test
    void crossingLimitOrderRestsItsRemainderAtItsLimit() {
        book.placeLimit(1, 1, SELL, 250, 4, listener);

        long resting = book.placeLimit(2, 2, BUY, 260, 10, listener);

        assertThat(resting).isEqualTo(6);
        assertThat(book.bestBid()).isEqualTo(260);
        assertThat(book.bestAsk()).isEqualTo(-1);
        assertThat(book.remaining(2)).isEqualTo(6);
    }

    @Test
    void limitOrderDoesNotMatchBeyondItsLimit() {
        book.placeLimit(1, 1, SELL, 250, 4, listener);
        book.placeLimit(2, 1, SELL, 270, 4, listener);

        book.placeLimit(3, 2, BUY, 260, 10, listener);

        assertThat(listener.events).containsExactly(trade(3, 2, 1, 1, 250, 4, 0));
        assertThat(book.remaining(2)).isEqualTo(4);
        assertThat(book.bestBid()).isEqualTo(260);
    }

    @Test
    void marketOrderSweepsLevelsBestFirst() {
        book.placeLimit(1, 1, SELL, 250, 4, listener);
        book.placeLimit(2, 2, SELL, 251, 3, listener);
        book.placeLimit(3, 1, SELL, 255, 10, listener);

        long filled = book.placeMarket(4, 9, BUY, 10, Long.MAX_VALUE, listener);

        assertThat(filled).isEqualTo(10);
        assertThat(listener.events).containsExactly(
                trade(4, 9, 1, 1, 250, 4, 0), trade(4, 9, 2, 2, 251, 3, 0), trade(4, 9, 3, 1, 255, 3, 7));
        assertThat(book.bestAsk()).isEqualTo(255);
    }

    @Test
    void marketOrderRemainderDoesNotRest() {
        book.placeLimit(1, 1, BUY, 250, 4, listener);

        long filled = book.placeMarket(2, 2, SELL, 10, Long.MAX_VALUE, listener);

        assertThat(filled).isEqualTo(4);
        assertThat(book.orderCount()).isZero();
        assertThat(book.remaining(2)).isZero();
    }

    @Test
    void marketOrderOnEmptyBookFillsNothing() {
        assertThat(book.placeMarket(1, 1, BUY, 5, Long.MAX_VALUE, listener)).isZero();
        assertThat(listener.events).isEmpty();
    }

    @Test
    void marketBuyStopsAtTheFirstUnitItCannotAfford() {
        book.placeLimit(1, 1, SELL, 100, 2, listener);
        book.placeLimit(2, 1, SELL, 300, 5, listener);

        long filled = book.placeMarket(3, 2, BUY, 10, 850, listener);

        assertThat(filled).isEqualTo(4);
        assertThat(listener.events).containsExactly(trade(3, 2, 1, 1, 100, 2, 0), trade(3, 2, 2, 1, 300, 2, 3));
    }

    @Test
    void marketBuyThatCannotAffordOneUnitTouchesNothing() {
        book.placeLimit(1, 1, SELL, 100, 2, listener);

        assertThat(book.placeMarket(2, 1, BUY, 1, 99, listener)).isZero();
        assertThat(listener.events).isEmpty();
        assertThat(book.remaining(1)).isEqualTo(2);
    }

    @Test
    void cancelRemovesTheRestingOrder() {
        book.placeLimit(1, 1, BUY, 250, 5, listener);
        book.placeLimit(2, 1, BUY, 250, 6, listener);

        assertThat(book.cancel(1)).isEqualTo(5);

        assertThat(book.remaining(1)).isZero();
        long[] prices = new long[4];
        long[] quantities = new long[4];
        assertThat(book.depth(BUY, prices, quantities)).isEqualTo(1);
        assertThat(quantities[0]).isEqualTo(6);
    }

    @Test
    void cancelOfTheLastOrderAtBestMovesBestToTheNextLevel() {
        book.placeLimit(1, 1, SELL, 250, 5, listener);
        book.placeLimit(2, 1, SELL, 400, 5, listener);

        book.cancel(1);

        assertThat(book.bestAsk()).isEqualTo(400);
        assertThat(book.levelCount(SELL)).isEqualTo(1);
    }

    @Test
    void cancelOfAnUnknownOrderReturnsZero() {
        assertThat(book.cancel(42)).isZero();
    }

    @Test
    void canceledOrderNoLongerMatches() {
        book.placeLimit(1, 1, SELL, 250, 5, listener);
        book.placeLimit(2, 2, SELL, 250, 5, listener);
        book.cancel(1);

        book.placeMarket(3, 3, BUY, 5, Long.MAX_VALUE, listener);

        assertThat(listener.events).containsExactly(trade(3, 3, 2, 2, 250, 5, 0));
    }

    @Test
    void selfTradePreventionCancelsTheRestingOrderAndMatchesBehindIt() {
        book.placeLimit(1, 7, SELL, 250, 3, listener);
        book.placeLimit(2, 8, SELL, 250, 3, listener);

        book.placeLimit(3, 7, BUY, 250, 3, listener);

        assertThat(listener.events).containsExactly(
                new RecordingListener.Event("stp", 3, 7, 1, 7, 250, 3, 0), trade(3, 7, 2, 8, 250, 3, 0));
        assertThat(book.remaining(1)).isZero();
        assertThat(book.orderCount()).isZero();
    }

    @Test
    void selfTradePreventionLetsTheIncomingLimitRestWhenOnlyOwnOrdersCross() {
        book.placeLimit(1, 7, SELL, 250, 3, listener);

        long resting = book.placeLimit(2, 7, BUY, 260, 4, listener);

        assertThat(resting).isEqualTo(4);
        assertThat(book.bestBid()).isEqualTo(260);
        assertThat(book.bestAsk()).isEqualTo(-1);
    }

    @Test
    void depthListsLevelsBestFirstWithTotals() {
        book.placeLimit(1, 1, BUY, 240, 5, listener);
        book.placeLimit(2, 2, BUY, 250, 1, listener);
        book.placeLimit(3, 3, BUY, 240, 2, listener);
        book.placeLimit(4, 1, SELL, 300, 9, listener);
        book.placeLimit(5, 1, SELL, 260, 4, listener);

        long[] prices = new long[8];
        long[] quantities = new long[8];
        assertThat(book.depth(BUY, prices, quantities)).isEqualTo(2);
        assertThat(prices).startsWith(250, 240);
        assertThat(quantities).startsWith(1, 7);
        assertThat(book.depth(SELL, prices, quantities)).isEqualTo(2);
        assertThat(prices).startsWith(260, 300);
        assertThat(quantities).startsWith(4, 9);
    }

    @Test
    void depthStopsAtTheArrayLength() {
        book.placeLimit(1, 1, SELL, 260, 1, listener);
        book.placeLimit(2, 1, SELL, 270, 1, listener);

        long[] prices = new long[1];
        assertThat(book.depth(SELL, prices, new long[1])).isEqualTo(1);
        assertThat(prices[0]).isEqualTo(260);
    }

    @Test
    void acceptsTheHighestAllowedPriceAndRejectsBeyondIt() {
        book.placeLimit(1, 1, SELL, OrderBook.MAX_PRICE_TICKS, 1, listener);

        assertThat(book.bestAsk()).isEqualTo(OrderBook.MAX_PRICE_TICKS);
        assertThatThrownBy(() -> book.placeLimit(2, 1, SELL, OrderBook.MAX_PRICE_TICKS + 1, 1, listener))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("price");
        assertThatThrownBy(() -> book.placeLimit(3, 1, SELL, 0, 1, listener))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNonPositiveQuantityAndDuplicateOrderIds() {
        book.placeLimit(1, 1, SELL, 250, 1, listener);

        assertThatThrownBy(() -> book.placeLimit(2, 1, SELL, 250, 0, listener))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quantity");
        assertThatThrownBy(() -> book.placeLimit(1, 1, BUY, 200, 1, listener))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order id");
    }

    @Test
    void manyOrdersAcrossManyPricesStayConsistent() {
        long id = 1;
        long highestKeptBid = -1;
        for (int i = 0; i < 3000; i++) {
            Side side = i % 2 == 0 ? BUY : SELL;
            long price = side == BUY ? 1000 + (i * 7919L) % 900 : 2000 + (i * 104729L) % 9000;
            book.placeLimit(id, i % 5, side, price, 1 + i % 9, listener);
            if (side == BUY && id % 3 != 1) {
                highestKeptBid = Math.max(highestKeptBid, price);
            }
            id++;
        }
        for (long cancel = 1; cancel < id; cancel += 3) {
            book.cancel(cancel);
        }
        book.validateInternalState();

        book.placeMarket(id, 99, BUY, 5000, Long.MAX_VALUE, listener);

        assertThat(book.bestBid()).isEqualTo(highestKeptBid);
        assertThat(book.levelCount(SELL)).isPositive();
    }
}
