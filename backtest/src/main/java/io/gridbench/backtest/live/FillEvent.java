package io.gridbench.backtest.live;

/** A fill seen on the exchange, to be passed to the strategy: {@code quantity} units at {@code priceTicks}. */
record FillEvent(long orderId, long priceTicks, long quantity) {
}
