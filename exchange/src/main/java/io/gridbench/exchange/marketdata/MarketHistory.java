package io.gridbench.exchange.marketdata;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one market has printed: the trade tape and candles at every {@link CandleInterval}, updated per trade.
 * Optionally bounded for long runs: the tape keeps the newest {@code maxTrades} prints and the fine intervals (1m,
 * 5m) keep bars up to {@code fineCandleMaxAgeMillis} old; the coarse ones (1h, 4h, 1d) are always kept whole. Owned
 * by the venue's core thread.
 */
public final class MarketHistory {
    private final TradeTape tape;
    private final Map<CandleInterval, CandleAggregator> candles = new EnumMap<>(CandleInterval.class);

    /** Keeps everything. */
    public MarketHistory() {
        this(Integer.MAX_VALUE, Long.MAX_VALUE);
    }

    public MarketHistory(int maxTrades, long fineCandleMaxAgeMillis) {
        tape = new TradeTape(maxTrades);
        for (CandleInterval interval : CandleInterval.values()) {
            boolean fine = interval == CandleInterval.ONE_MINUTE || interval == CandleInterval.FIVE_MINUTES;
            candles.put(interval, new CandleAggregator(interval, fine ? fineCandleMaxAgeMillis : Long.MAX_VALUE));
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
