package io.gridbench.backtest.strategy;

/**
 * Places and manages buy orders on the simulated venue. Orders trade only after the configured latency; their
 * fills arrive through {@link Strategy#onFill}. Quantities are whole units (1 unit = 1M tokens), prices ticks.
 */
public interface OrderGateway {

    /** A GTC limit buy; returns its id. */
    long buyLimit(long quantity, long priceTicks);

    /** A market buy that fills at the estimated ask plus slippage; returns its id. */
    long buyMarket(long quantity);

    /**
     * Moves a resting order to a new price. It loses its time priority: the queue ahead is estimated afresh and it
     * waits out the latency again. Its time-to-fill still counts from the first placement. False if not open.
     */
    boolean reprice(long orderId, long priceTicks);

    /** Cancels the unfilled rest; false if the order is not open. */
    boolean cancel(long orderId);

    /** True while the order has quantity left and was not canceled. */
    boolean isOpen(long orderId);

    /** The order's current limit price (0 for market orders), or -1 when unknown. */
    long price(long orderId);

    /** Units still to fill on all open orders. */
    long openUnits();
}
