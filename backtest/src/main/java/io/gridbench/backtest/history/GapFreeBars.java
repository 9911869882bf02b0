package io.gridbench.backtest.history;

import io.gridbench.exchange.marketdata.Candle;
import io.gridbench.exchange.marketdata.TradePrint;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds gap-free OHLCV bars: every interval of [start, end) gets a row; an interval without trades repeats the
 * previous close with volume 0. Intervals before the first trade in the range take the price of the last trade
 * before the range when there is one (a run that warmed up before its start), else the first trade's price. The
 * historical-data schema promises no gaps, so strategies and fill models can index bars by time.
 */
public final class GapFreeBars {

    private GapFreeBars() {
    }

    /**
     * Aggregates time-sorted trades; trades outside [startMillis, endMillis) are ignored.
     *
     * @return one bar per interval, oldest first; empty when no trade falls in the range
     */
    public static List<Candle> fromTrades(List<TradePrint> trades, long intervalMillis, long startMillis,
                                          long endMillis) {
        checkRange(intervalMillis, startMillis, endMillis);
        List<Candle> bars = new ArrayList<>((int) ((endMillis - startMillis) / intervalMillis));
        int i = 0;
        while (i < trades.size() && trades.get(i).timestampMillis() < startMillis) {
            i++;
        }
        if (i == trades.size() || trades.get(i).timestampMillis() >= endMillis) {
            return bars;
        }
        long close = trades.get(i > 0 ? i - 1 : i).priceTicks();
        for (long open = startMillis; open < endMillis; open += intervalMillis) {
            long end = open + intervalMillis;
            if (i < trades.size() && trades.get(i).timestampMillis() < end) {
                long o = trades.get(i).priceTicks();
                long h = o;
                long l = o;
                long v = 0;
                while (i < trades.size() && trades.get(i).timestampMillis() < end) {
                    TradePrint t = trades.get(i++);
                    h = Math.max(h, t.priceTicks());
                    l = Math.min(l, t.priceTicks());
                    close = t.priceTicks();
                    v += t.quantity();
                }
                bars.add(new Candle(open, intervalMillis, o, h, l, close, v));
            } else {
                bars.add(new Candle(open, intervalMillis, close, close, close, close, 0));
            }
        }
        return bars;
    }

    /**
     * Completes sparse, time-sorted bars (an API leaves out intervals without trades) into one bar per interval from
     * the first bar in [startMillis, endMillis) up to endMillis; bars outside the range or off the interval grid are
     * ignored. Nothing is made up before the first bar: an API leaves out intervals before a market existed too, and
     * no price is known for them.
     *
     * @return one bar per interval, oldest first, starting at the first given bar; empty when no bar falls in the
     *         range
     */
    public static List<Candle> fillGaps(List<Candle> sparse, long intervalMillis, long startMillis, long endMillis) {
        checkRange(intervalMillis, startMillis, endMillis);
        List<Candle> bars = new ArrayList<>();
        int i = 0;
        while (i < sparse.size() && (sparse.get(i).openTimeMillis() < startMillis
                || (sparse.get(i).openTimeMillis() - startMillis) % intervalMillis != 0)) {
            i++;
        }
        if (i == sparse.size() || sparse.get(i).openTimeMillis() >= endMillis) {
            return bars;
        }
        long close = sparse.get(i).open();
        for (long open = sparse.get(i).openTimeMillis(); open < endMillis; open += intervalMillis) {
            while (i < sparse.size() && sparse.get(i).openTimeMillis() < open) {
                i++;
            }
            if (i < sparse.size() && sparse.get(i).openTimeMillis() == open) {
                Candle c = sparse.get(i++);
                bars.add(new Candle(open, intervalMillis, c.open(), c.high(), c.low(), c.close(), c.volume()));
                close = c.close();
            } else {
                bars.add(new Candle(open, intervalMillis, close, close, close, close, 0));
            }
        }
        return bars;
    }

    private static void checkRange(long intervalMillis, long startMillis, long endMillis) {
        if (intervalMillis <= 0 || startMillis % intervalMillis != 0 || endMillis % intervalMillis != 0) {
            throw new IllegalArgumentException("start and end must be whole multiples of the " + intervalMillis
                    + " ms interval");
        }
        if (endMillis < startMillis) {
            throw new IllegalArgumentException("end must not be before start");
        }
    }
}
