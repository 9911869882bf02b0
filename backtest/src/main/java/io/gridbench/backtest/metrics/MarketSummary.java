package io.gridbench.backtest.metrics;

import io.gridbench.backtest.data.CandleSeries;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.data.TradeSeries;
import io.gridbench.exchange.market.Prices;

/**
 * The replayed market in numbers and a down-sampled close-price curve for charts.
 *
 * @param vwap        volume-weighted average price in USD over the span (from prints when given, else from bar
 *                    closes weighted by bar volume)
 * @param vwapSource  {@code trades} or {@code candles}
 */
public record MarketSummary(long startMillis, long endMillis, long intervalMillis, int bars, int prints,
                            long volume, double vwap, String vwapSource, double low, double high,
                            long[] priceTime, long[] priceClose, long[] priceLow, long[] priceHigh) {

    /** Summarises the data; the price curve keeps at most about {@code points} buckets (low/high kept exactly). */
    public static MarketSummary of(MarketData data, int points) {
        CandleSeries c = data.candles();
        int n = c.size();
        long volume = 0;
        double notional = 0;
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            volume += c.volume(i);
            notional += (double) c.close(i) * c.volume(i);
            lo = Math.min(lo, c.low(i));
            hi = Math.max(hi, c.high(i));
        }
        String source = "candles";
        double vwapTicks = volume == 0 ? Double.NaN : notional / volume;
        int prints = 0;
        if (data.hasTrades()) {
            TradeSeries t = data.trades();
            prints = t.size();
            long q = 0;
            double pn = 0;
            for (int i = 0; i < t.size(); i++) {
                q += t.quantity(i);
                pn += (double) t.price(i) * t.quantity(i);
            }
            vwapTicks = pn / q;
            source = "trades";
        }
        int step = Math.max(1, (n + points - 1) / points);
        int m = (n + step - 1) / step;
        long[] pt = new long[m];
        long[] pc = new long[m];
        long[] pl = new long[m];
        long[] ph = new long[m];
        for (int b = 0; b < m; b++) {
            int from = b * step;
            int to = Math.min(n, from + step);
            long l = Long.MAX_VALUE;
            long h = Long.MIN_VALUE;
            for (int i = from; i < to; i++) {
                l = Math.min(l, c.low(i));
                h = Math.max(h, c.high(i));
            }
            pt[b] = c.closeTime(to - 1);
            pc[b] = c.close(to - 1);
            pl[b] = l;
            ph[b] = h;
        }
        return new MarketSummary(c.openTime(0), c.closeTime(n - 1), c.intervalMillis(), n, prints, volume,
                vwapTicks / Prices.TICKS_PER_DOLLAR, source, Prices.toDouble(lo), Prices.toDouble(hi), pt, pc, pl,
                ph);
    }
}
