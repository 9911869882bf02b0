package io.gridbench.backtest;

import io.gridbench.backtest.data.CandleSeries;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.data.QuoteSeries;
import io.gridbench.backtest.data.TradeSeries;

/** Hand-made market data for tests: 1-minute bars from {@link #T0}, prices in ticks. */
public final class Fixtures {
    /** 2026-08-01T00:00:00Z. */
    public static final long T0 = 1_785_542_400_000L;
    public static final long MIN = 60_000L;

    private Fixtures() {
    }

    /** Bars given as rows of {open, high, low, close, volume}. */
    public static CandleSeries bars(long[]... rows) {
        int n = rows.length;
        long[] t = new long[n];
        long[] o = new long[n];
        long[] h = new long[n];
        long[] l = new long[n];
        long[] c = new long[n];
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = T0 + i * MIN;
            o[i] = rows[i][0];
            h[i] = rows[i][1];
            l[i] = rows[i][2];
            c[i] = rows[i][3];
            v[i] = rows[i][4];
        }
        return new CandleSeries(MIN, t, o, h, l, c, v);
    }

    /** {@code n} flat bars at {@code price} with {@code volume} each. */
    public static CandleSeries flat(int n, long price, long volume) {
        long[][] rows = new long[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = new long[]{price, price, price, price, volume};
        }
        return bars(rows);
    }

    /** Prints given as rows of {millis after T0, price, quantity, 1 for buy aggressor / 0 for sell}. */
    public static TradeSeries prints(long[]... rows) {
        int n = rows.length;
        long[] t = new long[n];
        long[] p = new long[n];
        long[] q = new long[n];
        boolean[] b = new boolean[n];
        for (int i = 0; i < n; i++) {
            t[i] = T0 + rows[i][0];
            p[i] = rows[i][1];
            q[i] = rows[i][2];
            b[i] = rows[i][3] == 1;
        }
        return new TradeSeries(t, p, q, b);
    }

    /** Quotes given as rows of {millis after T0, bid, bid size, ask, ask size}. */
    public static QuoteSeries quotes(long[]... rows) {
        int n = rows.length;
        long[][] cols = new long[5][n];
        for (int i = 0; i < n; i++) {
            cols[0][i] = T0 + rows[i][0];
            for (int c = 1; c < 5; c++) {
                cols[c][i] = rows[i][c];
            }
        }
        return new QuoteSeries(cols[0], cols[1], cols[2], cols[3], cols[4]);
    }

    public static MarketData data(CandleSeries candles, TradeSeries trades, QuoteSeries quotes) {
        return new MarketData(candles, trades, quotes);
    }

    public static MarketData data(CandleSeries candles) {
        return new MarketData(candles, null);
    }

    public static MarketData data(CandleSeries candles, TradeSeries trades) {
        return new MarketData(candles, trades);
    }
}
