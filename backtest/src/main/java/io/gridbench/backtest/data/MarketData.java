package io.gridbench.backtest.data;

/**
 * The market history one backtest replays: bars, and optionally trade prints of the same instrument.
 *
 * @param candles the bars (required)
 * @param trades  the prints, or {@code null} when only bars are known
 */
public record MarketData(CandleSeries candles, TradeSeries trades) {
    public MarketData {
        if (candles == null) {
            throw new IllegalArgumentException("candles are required");
        }
    }

    public boolean hasTrades() {
        return trades != null && trades.size() > 0;
    }
}
