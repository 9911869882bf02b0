package io.gridbench.backtest.history;

import io.gridbench.exchange.venue.DepthView;

import java.util.Arrays;

/**
 * The best bid and ask of one market, with their sizes, each time they change: what {@code quotes.csv.gz} holds.
 * Fed with the book after every simulated event; a change within the same millisecond replaces that millisecond's
 * row (only the book a replay could see at that instant counts). Single-threaded, primitive arrays.
 */
public final class QuoteTape {
    private long[] time = new long[1024];
    private long[] bid = new long[1024];
    private long[] bidSize = new long[1024];
    private long[] ask = new long[1024];
    private long[] askSize = new long[1024];
    private int size;

    /** Records the top of {@code book} at {@code atMillis} when it differs from the last row. */
    public void observe(long atMillis, DepthView book) {
        long b = book.bidPrices().length > 0 ? book.bidPrices()[0] : 0;
        long bs = book.bidPrices().length > 0 ? book.bidQuantities()[0] : 0;
        long a = book.askPrices().length > 0 ? book.askPrices()[0] : 0;
        long as = book.askPrices().length > 0 ? book.askQuantities()[0] : 0;
        observe(atMillis, b, bs, a, as);
    }

    /** Records a top of book (prices in ticks, 0 for an empty side) when it differs from the last row. */
    public void observe(long atMillis, long bestBid, long bestBidSize, long bestAsk, long bestAskSize) {
        int last = size - 1;
        if (last >= 0 && bid[last] == bestBid && bidSize[last] == bestBidSize && ask[last] == bestAsk
                && askSize[last] == bestAskSize) {
            return;
        }
        if (last >= 0 && time[last] == atMillis) {
            size--;
            if (size > 0 && bid[size - 1] == bestBid && bidSize[size - 1] == bestBidSize && ask[size - 1] == bestAsk
                    && askSize[size - 1] == bestAskSize) {
                return;
            }
        }
        if (size == time.length) {
            time = Arrays.copyOf(time, size * 2);
            bid = Arrays.copyOf(bid, size * 2);
            bidSize = Arrays.copyOf(bidSize, size * 2);
            ask = Arrays.copyOf(ask, size * 2);
            askSize = Arrays.copyOf(askSize, size * 2);
        }
        time[size] = atMillis;
        bid[size] = bestBid;
        bidSize[size] = bestBidSize;
        ask[size] = bestAsk;
        askSize[size] = bestAskSize;
        size++;
    }

    public int size() {
        return size;
    }

    public long time(int i) {
        return time[i];
    }

    public long bid(int i) {
        return bid[i];
    }

    public long bidSize(int i) {
        return bidSize[i];
    }

    public long ask(int i) {
        return ask[i];
    }

    public long askSize(int i) {
        return askSize[i];
    }
}
