package io.gridbench.exchange.book;

/** Runs the contract on a deliberately tiny fast book, so that every test also exercises growth. */
class ArrayOrderBookTest extends OrderBookContractTest {
    @Override
    protected OrderBook newBook() {
        return new ArrayOrderBook(1, 1);
    }
}
