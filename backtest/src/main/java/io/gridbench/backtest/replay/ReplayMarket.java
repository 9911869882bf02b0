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
    private boolean printed;
    private boolean lastBuyAggressor;
    private boolean quoted;
    private long quoteBid;
    private long quoteBidSize;
    private long quoteAsk;
    private long quoteAskSize;

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
        printed = true;
        lastBuyAggressor = buyAggressor;
    }

    /** A recorded top-of-book quote became current. */
    void quote(long bid, long bidSize, long ask, long askSize) {
        quoted = true;
        quoteBid = bid;
        quoteBidSize = bidSize;
        quoteAsk = ask;
        quoteAskSize = askSize;
    }

    /** The recorded best bid in ticks, 0 when none is recorded or the side is empty. */
    long recordedBid() {
        return quoted ? quoteBid : 0;
    }

    long recordedBidSize() {
        return quoted ? quoteBidSize : 0;
    }

    /** The recorded best ask in ticks, 0 when none is recorded or the side is empty. */
    long recordedAsk() {
        return quoted ? quoteAsk : 0;
    }

    long recordedAskSize() {
        return quoted ? quoteAskSize : 0;
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

    /**
     * Recorded quotes, when the data has them, are the bid and ask. Otherwise the last print shows one side of the
     * book: a sell-aggressor print hit the bid at its price, a buy-aggressor print lifted the ask at its price. The
     * other side is the assumed spread away. Older prints of the other side
     * are not used: they may be hours old and below the bid. With bars only, the close is taken as the middle.
     */
    @Override
    public long bidEstimate() {
        if (recordedBid() > 0) {
            return quoteBid;
        }
        if (lastPrice == 0) {
            return 0;
        }
        if (!printed) {
            return Math.max(1, lastPrice - spreadTicks / 2);
        }
        return Math.max(1, lastBuyAggressor ? lastPrice - Math.max(1, spreadTicks) : lastPrice);
    }

    @Override
    public long askEstimate() {
        if (recordedAsk() > 0) {
            return quoteAsk;
        }
        if (lastPrice == 0) {
            return 0;
        }
        if (!printed) {
            return lastPrice + (spreadTicks + 1) / 2;
        }
        return lastBuyAggressor ? lastPrice : lastPrice + Math.max(1, spreadTicks);
    }
}
