package io.gridbench.benchmarks.book;

import io.gridbench.exchange.book.ArrayOrderBook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExchangeCoreBookTest {

    private final OrderFlow flow = OrderFlow.generate(42, 1_000, 300, 60_000, false);

    @Test
    void exchangeCoreTradesWhatGridbenchTradesAtEveryOperationOfACycle() {
        ArrayOrderBook gridbench = new ArrayOrderBook();
        MatchingEngineBenchmark.FillCounter fills = new MatchingEngineBenchmark.FillCounter();
        ExchangeCoreBook exchangeCore = new ExchangeCoreBook();
        flow.open(gridbench, fills);
        exchangeCore.open(flow);
        int i = flow.openingCount;
        do {
            long before = fills.filled;
            flow.apply(i, gridbench, fills);
            long traded = exchangeCore.apply(flow, i);
            assertThat(traded).as("units traded by operation %d", i).isEqualTo(fills.filled - before);
            assertThat(exchangeCore.orderCount()).as("resting after operation %d", i)
                    .isEqualTo(gridbench.orderCount());
            i = flow.next(i);
        } while (i != flow.openingCount);
        assertThat(exchangeCore.filled).isEqualTo(fills.filled).isPositive();
    }

    @Test
    void theBenchmarksFlowLeavesExchangeCoresBookAsItFoundIt() {
        ExchangeCoreComparisonBenchmark.ExchangeCore state = new ExchangeCoreComparisonBenchmark.ExchangeCore();
        state.prepare();
        assertThat(state.book.orderCount()).isEqualTo(state.flow.openingCount);
        assertThat(state.book.filled).isPositive();
    }
}
