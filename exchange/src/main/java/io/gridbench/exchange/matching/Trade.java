package io.gridbench.exchange.matching;

import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.marketdata.TradePrint;

/**
 * One match between a buy and a sell order: executed at the resting order's price, for {@code quantity} whole units.
 *
 * @param aggressor the side of the incoming (taker) order
 */
public record Trade(String tradeId, String marketId, long priceTicks, long quantity, String buyOrderId,
                    String sellOrderId, String buyerAccountId, String sellerAccountId, Side aggressor,
                    long timestampMillis) {

    /** The public market-data view of this trade (no counterparties). */
    public TradePrint print() {
        return new TradePrint(timestampMillis, tradeId, priceTicks, quantity, aggressor);
    }
}
