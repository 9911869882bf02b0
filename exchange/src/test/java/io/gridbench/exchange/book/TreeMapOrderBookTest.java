package io.gridbench.exchange.book;

class TreeMapOrderBookTest extends OrderBookContractTest {
    @Override
    protected OrderBook newBook() {
        return new TreeMapOrderBook();
    }
}
