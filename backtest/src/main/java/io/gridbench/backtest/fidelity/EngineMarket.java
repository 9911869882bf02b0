package io.gridbench.backtest.fidelity;

import io.gridbench.backtest.data.LongList;
import io.gridbench.backtest.strategy.MarketState;

/**
 * The market as a strategy on the matching engine has seen it so far: bars built from the engine's own trade prints
 * as each interval closes, and the last prints. It follows the replay's rules exactly (see the replay package's
 * {@code ReplayMarket}): the bid and ask estimates come from the last sell- and buy-aggressor prints, or the last
 * price minus / plus half the assumed spread until both sides have printed, and a bar without prints repeats the
 * previous close with volume 0 (the historical-data schema's gap-free rule). So a strategy cannot tell whether it
 * runs on recorded data or on the engine. Owned by the engine run's thread.
 */
final class EngineMarket implements MarketState {
    private final long intervalMillis;
    private final long spreadTicks;
    private final LongList openTime = new LongList(1 << 12);
    private final LongList open = new LongList(1 << 12);
    private final LongList high = new LongList(1 << 12);
    private final LongList low = new LongList(1 << 12);
    private final LongList close = new LongList(1 << 12);
    private final LongList volume = new LongList(1 << 12);
    private long barOpen;
    private long barHigh;
    private long barLow;
    private long barVolume;
    /** The price of the newest print, including those before the run started (they seed empty first bars). */
    private long priorPrice;
    private long lastPrice;
    private long lastBuyPrint;
    private long lastSellPrint;

    EngineMarket(long intervalMillis, long spreadTicks) {
        this.intervalMillis = intervalMillis;
        this.spreadTicks = spreadTicks;
    }

    /** A print before the run's start: not shown to the strategy, only the price an empty first bar repeats. */
    void warmUpPrint(long price) {
        priorPrice = price;
    }

    /** A print now: it joins the bar in progress and becomes the last price. */
    void print(long price, long quantity, boolean buyAggressor) {
        if (barVolume == 0) {
            barOpen = price;
            barHigh = price;
            barLow = price;
        } else {
            barHigh = Math.max(barHigh, price);
            barLow = Math.min(barLow, price);
        }
        barVolume += quantity;
        priorPrice = price;
        lastPrice = price;
        if (buyAggressor) {
            lastBuyPrint = price;
        } else {
            lastSellPrint = price;
        }
    }

    /**
     * The bar opened at {@code openMillis} closes. Without prints it repeats the previous close (or, before any
     * print of the run, the price of the last print before it; {@code fallbackPrice} when there was none at all).
     */
    void closeBar(long openMillis, long fallbackPrice) {
        openTime.add(openMillis);
        if (barVolume > 0) {
            open.add(barOpen);
            high.add(barHigh);
            low.add(barLow);
            close.add(priorPrice);
            volume.add(barVolume);
        } else {
            long c = close.size() > 0 ? close.get(close.size() - 1) : priorPrice > 0 ? priorPrice : fallbackPrice;
            open.add(c);
            high.add(c);
            low.add(c);
            close.add(c);
            volume.add(0);
        }
        barVolume = 0;
    }

    private int visible(int i) {
        if (i < 0 || i >= openTime.size()) {
            throw new IndexOutOfBoundsException("bar " + i + " has not closed yet (" + openTime.size() + " closed)");
        }
        return i;
    }

    long intervalMillis() {
        return intervalMillis;
    }

    @Override
    public int barCount() {
        return openTime.size();
    }

    @Override
    public long barOpenTime(int i) {
        return openTime.get(visible(i));
    }

    @Override
    public long barOpen(int i) {
        return open.get(visible(i));
    }

    @Override
    public long barHigh(int i) {
        return high.get(visible(i));
    }

    @Override
    public long barLow(int i) {
        return low.get(visible(i));
    }

    @Override
    public long barClose(int i) {
        return close.get(visible(i));
    }

    @Override
    public long barVolume(int i) {
        return volume.get(visible(i));
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
