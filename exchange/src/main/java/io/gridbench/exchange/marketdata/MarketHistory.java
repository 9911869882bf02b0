package io.gridbench.exchange.marketdata;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one market has printed: the trade tape and candles at every {@link CandleInterval}, updated per trade.
 * Owned by the venue's core thread.
 */
public final class MarketHistory {
    private final TradeTape tape = new TradeTape();
    private final Map<CandleInterval, CandleAggregator> candles = new EnumMap<>(CandleInterval.class);

    public MarketHistory() {
        for (CandleInterval interval : CandleInterval.values()) {
            candles.put(interval, new CandleAggregator(interval));
        }
    }

    public void record(TradePrint print) {
        tape.append(print);
        for (CandleAggregator series : candles.values()) {
            series.onTrade(print.timestampMillis(), print.priceTicks(), print.quantity());
        }
    }

    public TradeTape tape() {
        return tape;
    }

    public List<Candle> candles(CandleInterval interval, long startMillis, long endMillis, int limit) {
        return candles.get(interval).between(startMillis, endMillis, limit);
    }
}
