package io.gridbench.exchange.book;

/**
 * Receives what an {@link OrderBook} does to resting orders while it matches an incoming order. Called on the
 * thread that owns the book, synchronously inside {@code placeLimit}/{@code placeMarket}, after the book has
 * updated its own state. Arguments are primitives so that matching allocates nothing; an implementation must not
 * call back into the book it listens to.
 */
public interface MatchListener {

    /**
     * One match between the incoming order (the taker) and a resting order (the maker), at the maker's price.
     *
     * @param makerRemaining what is left of the maker after this fill; 0 means it left the book
     */
    void onTrade(long takerOrderId, long takerOwner, long makerOrderId, long makerOwner, long priceTicks,
                 long quantity, long makerRemaining);

    /**
     * Self-trade prevention removed a resting order of the taker's own owner instead of matching it.
     *
     * @param canceledQuantity the resting order's whole remaining quantity, now off the book
     */
    void onSelfTradeCancel(long takerOrderId, long makerOrderId, long makerOwner, long priceTicks,
                           long canceledQuantity);
}
