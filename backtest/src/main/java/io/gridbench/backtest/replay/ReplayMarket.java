package io.gridbench.backtest.replay;

import io.gridbench.backtest.data.CandleSeries;
import io.gridbench.backtest.strategy.MarketState;

/**
 * The market as the replay has revealed it so far. Bar accessors refuse any bar that has not closed yet, so a
 * strategy cannot look ahead even by mistake. Owned and advanced by the replay thread.
 */
final class ReplayMarket implements MarketState {
    private final CandleSeries candles;
    private final long spreadTicks;
    private int barCount;
    private long lastPrice;
    private long lastBuyPrint;
    private long lastSellPrint;

    ReplayMarket(CandleSeries candles, long spreadTicks) {
        this.candles = candles;
        this.spreadTicks = spreadTicks;
    }

    void barClosed(boolean setPrice) {
        int i = barCount++;
        if (setPrice) {
            lastPrice = candles.close(i);
        }
    }

    void print(long price, boolean buyAggressor) {
        lastPrice = price;
        if (buyAggressor) {
            lastBuyPrint = price;
        } else {
            lastSellPrint = price;
        }
    }

    private int visible(int i) {
        if (i < 0 || i >= barCount) {
            throw new IndexOutOfBoundsException("bar " + i + " has not closed yet (" + barCount + " closed)");
        }
        return i;
    }

    @Override
    public int barCount() {
        return barCount;
    }

    @Override
    public long barOpenTime(int i) {
        return candles.openTime(visible(i));
    }

    @Override
    public long barOpen(int i) {
        return candles.open(visible(i));
    }

    @Override
    public long barHigh(int i) {
        return candles.high(visible(i));
    }

    @Override
    public long barLow(int i) {
        return candles.low(visible(i));
    }

    @Override
    public long barClose(int i) {
        return candles.close(visible(i));
    }

    @Override
    public long barVolume(int i) {
        return candles.volume(visible(i));
    }

    @Override
    public long lastPrice() {
        return lastPrice;
    }

    @Override
    public long bidEstimate() {
        if (lastPrice == 0) {
            return 0;
        }
        return lastSellPrint > 0 && lastBuyPrint > 0 ? lastSellPrint : lastPrice - spreadTicks / 2;
    }

    @Override
    public long askEstimate() {
        if (lastPrice == 0) {
            return 0;
        }
        return lastSellPrint > 0 && lastBuyPrint > 0 ? lastBuyPrint : lastPrice + (spreadTicks + 1) / 2;
    }
}
