package io.gridbench.benchmarks.book;

import io.gridbench.exchange.book.ArrayOrderBook;
import io.gridbench.exchange.book.OrderBook;
import io.gridbench.exchange.book.TreeMapOrderBook;
import io.gridbench.exchange.market.Side;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class OrderFlowTest {

    private static final int TARGET = 1_000;
    private final OrderFlow flow = OrderFlow.generate(42, TARGET, 300, 60_000);

    @Test
    void bookSizeStaysNearTheTargetThroughTheMixedPart() {
        OrderBook book = new ArrayOrderBook();
        MatchingEngineBenchmark.FillCounter fills = new MatchingEngineBenchmark.FillCounter();
        flow.open(book, fills);
        int wrapAround = flow.type.length - 2 * TARGET - 64;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = flow.openingCount; i < wrapAround; i++) {
            flow.apply(i, book, fills);
            min = Math.min(min, book.orderCount());
            max = Math.max(max, book.orderCount());
        }
        assertThat(min).isGreaterThan(TARGET * 7 / 10);
        assertThat(max).isLessThan(TARGET * 12 / 10);
        assertThat(fills.filled).isPositive();
    }

    @Test
    void everyOperationKindOccurs() {
        int[] kinds = new int[4];
        for (byte t : flow.type) {
            kinds[t]++;
        }
        assertThat(kinds).doesNotContain(0);
    }

    @Test
    void cycleEndsOnTheOpeningBookSoReplayRepeatsExactly() {
        OrderBook book = new TreeMapOrderBook();
        MatchingEngineBenchmark.FillCounter fills = new MatchingEngineBenchmark.FillCounter();
        flow.open(book, fills);
        long[][] opening = depth(book);
        long filledFirstCycle = cycle(book, fills);
        assertThat(depth(book)).isDeepEqualTo(opening);
        long filledSecondCycle = cycle(book, fills) - filledFirstCycle;
        assertThat(filledSecondCycle).isEqualTo(filledFirstCycle);
        book.validateInternalState();
    }

    @Test
    void sharedOwnersMeetTheirOwnRestingOrders() {
        assertThat(selfTradeCanceledOverACycle(flow)).isPositive();
    }

    @Test
    void withoutSharedOwnersSelfTradePreventionNeverFires() {
        OrderFlow ownOwners = OrderFlow.generate(42, TARGET, 300, 60_000, false);
        assertThat(selfTradeCanceledOverACycle(ownOwners)).isZero();
    }

    @Test
    void sameSeedGivesTheSameFlow() {
        OrderFlow again = OrderFlow.generate(42, TARGET, 300, 60_000);
        assertThat(again.type).isEqualTo(flow.type);
        assertThat(again.price).isEqualTo(flow.price);
        assertThat(again.quantity).isEqualTo(flow.quantity);
    }

    private static long selfTradeCanceledOverACycle(OrderFlow f) {
        OrderBook book = new ArrayOrderBook();
        MatchingEngineBenchmark.FillCounter fills = new MatchingEngineBenchmark.FillCounter();
        f.open(book, fills);
        int i = f.openingCount;
        do {
            f.apply(i, book, fills);
            i = f.next(i);
        } while (i != f.openingCount);
        return fills.selfTradeCanceled;
    }

    private long cycle(OrderBook book, MatchingEngineBenchmark.FillCounter fills) {
        int i = flow.openingCount;
        do {
            flow.apply(i, book, fills);
            i = flow.next(i);
        } while (i != flow.openingCount);
        return fills.filled;
    }

    private static long[][] depth(OrderBook book) {
        long[] bidPrices = new long[1024];
        long[] bidQuantities = new long[1024];
        long[] askPrices = new long[1024];
        long[] askQuantities = new long[1024];
        int bids = book.depth(Side.BUY, bidPrices, bidQuantities);
        int asks = book.depth(Side.SELL, askPrices, askQuantities);
        return new long[][]{Arrays.copyOf(bidPrices, bids), Arrays.copyOf(bidQuantities, bids),
                Arrays.copyOf(askPrices, asks), Arrays.copyOf(askQuantities, asks)};
    }
}
