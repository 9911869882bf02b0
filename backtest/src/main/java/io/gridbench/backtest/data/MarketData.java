package io.gridbench.backtest.data;

import io.gridbench.exchange.marketdata.CandleInterval;

import java.nio.file.Path;

/**
 * The market history one backtest replays: bars, and optionally trade prints of the same instrument. Immutable
 * (the series' arrays are never written after loading), so any number of replays may share it across threads.
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

    /**
     * Loads a candles file and, if {@code trades} is not null, a trades file (schema: data/README.md). Load once,
     * then replay as often as needed: the result is immutable and safe to share between replay threads.
     *
     * @param interval  the bar interval, or null to take it from the file name ({@code candles-1m.csv.gz})
     * @param allowGaps accept missing bars
     * @throws DataFormatException naming file, line and column
     */
    public static MarketData load(Path candles, Path trades, CandleInterval interval, boolean allowGaps) {
        CandleSeries bars = CandleCsv.load(candles, interval, allowGaps);
        return new MarketData(bars, trades == null ? null : TradeCsv.load(trades));
    }

    /** Loads gap-free candles (interval from the file name) and, if not null, trades. */
    public static MarketData load(Path candles, Path trades) {
        return load(candles, trades, null, false);
    }

    /** Market events a replay walks through: bars plus prints. */
    public long eventCount() {
        return candles.size() + (hasTrades() ? trades.size() : 0L);
    }

    public boolean hasTrades() {
        return trades != null && trades.size() > 0;
    }
}
