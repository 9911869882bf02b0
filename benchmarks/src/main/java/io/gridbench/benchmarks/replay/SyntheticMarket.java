package io.gridbench.benchmarks.replay;

import io.gridbench.backtest.data.CandleSeries;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.data.TradeSeries;

import java.util.SplittableRandom;

/**
 * Seeded market data for the replay benchmarks: a random walk of one-minute bars around 2.50 USD per unit and, when
 * asked, a fixed number of trade prints inside every minute, with the bars' OHLCV computed from those prints so the
 * two agree as in a real export. Stateless.
 */
final class SyntheticMarket {

    /** 2024-01-01T00:00:00Z: where the tape starts. */
    static final long START_MILLIS = 1_704_067_200_000L;
    private static final long MINUTE = 60_000L;

    private SyntheticMarket() {
    }

    /** {@code minutes} bars, each holding {@code printsPerMinute} prints. */
    static MarketData withTrades(long seed, int minutes, int printsPerMinute) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = minutes * printsPerMinute;
        long[] time = new long[n];
        long[] price = new long[n];
        long[] quantity = new long[n];
        boolean[] buy = new boolean[n];
        long[] openTime = new long[minutes];
        long[] open = new long[minutes];
        long[] high = new long[minutes];
        long[] low = new long[minutes];
        long[] close = new long[minutes];
        long[] volume = new long[minutes];
        long mid = 250;
        int p = 0;
        for (int m = 0; m < minutes; m++) {
            openTime[m] = START_MILLIS + m * MINUTE;
            for (int k = 0; k < printsPerMinute; k++) {
                mid = step(random, mid);
                boolean aggressorBuys = random.nextBoolean();
                time[p] = openTime[m] + (k * MINUTE) / printsPerMinute + random.nextLong(MINUTE / printsPerMinute);
                price[p] = aggressorBuys ? mid + 1 : mid;
                quantity[p] = 1 + random.nextInt(20);
                buy[p] = aggressorBuys;
                if (k == 0) {
                    open[m] = price[p];
                    high[m] = price[p];
                    low[m] = price[p];
                }
                high[m] = Math.max(high[m], price[p]);
                low[m] = Math.min(low[m], price[p]);
                close[m] = price[p];
                volume[m] += quantity[p];
                p++;
            }
        }
        return new MarketData(new CandleSeries(MINUTE, openTime, open, high, low, close, volume),
                new TradeSeries(time, price, quantity, buy));
    }

    /** {@code minutes} bars and no prints: bars alone drive fills. */
    static MarketData candlesOnly(long seed, int minutes) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] openTime = new long[minutes];
        long[] open = new long[minutes];
        long[] high = new long[minutes];
        long[] low = new long[minutes];
        long[] close = new long[minutes];
        long[] volume = new long[minutes];
        long mid = 250;
        for (int m = 0; m < minutes; m++) {
            openTime[m] = START_MILLIS + m * MINUTE;
            open[m] = mid;
            long hi = mid;
            long lo = mid;
            for (int k = 0; k < 4; k++) {
                mid = step(random, mid);
                hi = Math.max(hi, mid);
                lo = Math.min(lo, mid);
            }
            high[m] = hi + random.nextInt(2);
            low[m] = Math.max(1, lo - random.nextInt(2));
            close[m] = mid;
            volume[m] = 20 + random.nextInt(400);
        }
        return new MarketData(new CandleSeries(MINUTE, openTime, open, high, low, close, volume), null);
    }

    /** A mean-reverting random walk in ticks that stays between 2.00 and 3.00 USD. */
    private static long step(SplittableRandom random, long mid) {
        long drift = mid > 260 ? -1 : mid < 240 ? 1 : 0;
        long move = random.nextInt(8) == 0 ? random.nextInt(3) - 1 + drift : 0;
        return Math.min(300, Math.max(200, mid + move));
    }
}
