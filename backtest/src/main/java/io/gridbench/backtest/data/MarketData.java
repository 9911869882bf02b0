package io.gridbench.backtest.data;

import io.gridbench.exchange.marketdata.CandleInterval;

import java.nio.file.Path;

/**
 * The market history one backtest replays: bars, and optionally trade prints and top-of-book quotes of the same
 * instrument. Immutable (the series' arrays are never written after loading), so any number of replays may share
 * it across threads.
 *
 * @param candles the bars (required)
 * @param trades  the prints, or {@code null} when only bars are known
 * @param quotes  the recorded best bid and ask, or {@code null} when the book was not recorded (the replay then
 *                estimates them from the prints)
 */
public record MarketData(CandleSeries candles, TradeSeries trades, QuoteSeries quotes) {
    public MarketData {
        if (candles == null) {
            throw new IllegalArgumentException("candles are required");
        }
    }

    /** Bars and prints without recorded quotes. */
    public MarketData(CandleSeries candles, TradeSeries trades) {
        this(candles, trades, null);
    }

    /**
     * Loads a candles file and, if {@code trades} is not null, a trades file (schema: data/README.md). Load once,
     * then replay as often as needed: the result is immutable and safe to share between replay threads.
     *
     * @param interval  the bar interval, or null to infer it from the timestamps (a name such as
     *                  {@code candles-1m.csv.gz} must agree)
     * @param allowGaps accept missing bars
     * @throws DataFormatException naming file, line and column, also for a print outside the candles' period
     * @throws IllegalArgumentException when the two files' manifests ({@code generator.json}, {@code source.json})
     *                                  name different instruments
     */
    public static MarketData load(Path candles, Path trades, CandleInterval interval, boolean allowGaps) {
        return load(candles, trades, null, interval, allowGaps);
    }

    /**
     * As {@link #load(Path, Path, CandleInterval, boolean)}, with a quotes file too when {@code quotes} is not
     * null; its manifest and period must agree with the candles' as the trades' must.
     */
    public static MarketData load(Path candles, Path trades, Path quotes, CandleInterval interval,
                                  boolean allowGaps) {
        CandleSeries bars = CandleCsv.load(candles, interval, allowGaps);
        TradeSeries prints = null;
        if (trades != null) {
            prints = TradeCsv.load(trades);
            InputAgreement.check(candles, bars, trades, prints);
        }
        QuoteSeries book = null;
        if (quotes != null) {
            book = QuoteCsv.load(quotes);
            InputAgreement.checkQuotes(candles, bars, quotes, book);
        }
        return new MarketData(bars, prints, book);
    }

    /** Loads gap-free candles (interval inferred from the timestamps) and, if not null, trades. */
    public static MarketData load(Path candles, Path trades) {
        return load(candles, trades, null, false);
    }

    /**
     * The part of this history inside {@code [fromMillis, toMillis)}: the bars that open and close inside it and the
     * prints stamped inside it. A replay of the slice starts cold: nothing before {@code fromMillis} is shown to its
     * strategies (a {@code vwap(6h)} price has no history for its first six hours), exactly as if the files began
     * there. Copies the arrays; this instance is unchanged.
     *
     * @throws IllegalArgumentException when the window is empty or holds no whole bar, naming what the data covers
     */
    public MarketData between(long fromMillis, long toMillis) {
        if (fromMillis >= toMillis) {
            throw new IllegalArgumentException("--from " + Timestamps.format(fromMillis) + " must be before --to "
                    + Timestamps.format(toMillis));
        }
        int firstBar = firstBarAtOrAfter(fromMillis);
        int endBar = firstBar;
        while (endBar < candles.size() && candles.closeTime(endBar) <= toMillis) {
            endBar++;
        }
        if (endBar == firstBar) {
            throw new IllegalArgumentException("no whole bar between " + Timestamps.format(fromMillis) + " and "
                    + Timestamps.format(toMillis) + "; the data covers " + Timestamps.format(candles.openTime(0))
                    + " to " + Timestamps.format(candles.closeTime(candles.size() - 1)));
        }
        CandleSeries bars = new CandleSeries(candles.intervalMillis(), candles.openTimes(firstBar, endBar),
                candles.opens(firstBar, endBar), candles.highs(firstBar, endBar), candles.lows(firstBar, endBar),
                candles.closes(firstBar, endBar), candles.volumes(firstBar, endBar));
        return new MarketData(bars, trades == null ? null : trades.between(fromMillis, toMillis),
                quotes == null ? null : quotes.between(fromMillis, toMillis));
    }

    private int firstBarAtOrAfter(long millis) {
        int lo = 0;
        int hi = candles.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (candles.openTime(mid) < millis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first bar's open: the start of the replayed period, epoch milliseconds. */
    public long startMillis() {
        return candles.openTime(0);
    }

    /** The last bar's close: the end of the replayed period. */
    public long endMillis() {
        return candles.closeTime(candles.size() - 1);
    }

    /** Market events a replay walks through: bars plus prints. */
    public long eventCount() {
        return candles.size() + (hasTrades() ? trades.size() : 0L);
    }

    public boolean hasTrades() {
        return trades != null && trades.size() > 0;
    }

    /** True when the best bid and ask were recorded: the replay then reads them instead of estimating. */
    public boolean hasQuotes() {
        return quotes != null && quotes.size() > 0;
    }
}
