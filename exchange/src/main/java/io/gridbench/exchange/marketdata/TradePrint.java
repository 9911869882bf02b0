package io.gridbench.exchange.marketdata;

import io.gridbench.exchange.market.Side;

/**
 * One executed trade as market data: what the trades endpoint returns and what a trade-prints CSV holds.
 *
 * @param timestampMillis execution time, epoch milliseconds UTC
 * @param tradeId         the venue's id, for example {@code trade_...}
 * @param priceTicks      execution price in ticks of 0.01 USD per unit
 * @param quantity        whole units (1 unit = 1M tokens)
 * @param aggressor       the side of the incoming order that crossed the spread
 */
public record TradePrint(long timestampMillis, String tradeId, long priceTicks, long quantity, Side aggressor) {
}
