package io.gridbench.backtest.live;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridbench.backtest.data.LongList;
import io.gridbench.backtest.data.Timestamps;
import io.gridbench.backtest.strategy.MarketState;
import io.gridbench.exchange.market.Prices;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.marketdata.Candle;
import io.gridbench.exchange.marketdata.TradePrint;

import java.util.ArrayList;
import java.util.List;

/**
 * The market as a live run has seen it through the Trading API: the closed 1-minute bars (history loaded at the
 * start, then each bar once it has closed), the prints polled since the start, and the ticker's best bid and ask,
 * which live are real quotes rather than the backtest's estimates. Also keeps what it saw as {@link Candle} and
 * {@link TradePrint} lists, so the run can be replayed by the backtester afterwards. Owned by the run's loop thread.
 */
final class LiveMarket implements MarketState {
    private final LongList openTime = new LongList(2048);
    private final LongList open = new LongList(2048);
    private final LongList high = new LongList(2048);
    private final LongList low = new LongList(2048);
    private final LongList close = new LongList(2048);
    private final LongList volume = new LongList(2048);
    private final List<Candle> recordedBars = new ArrayList<>();
    private final List<TradePrint> recordedTrades = new ArrayList<>();
    private final long intervalMillis;
    private long lastPrice;
    private long bestBid;
    private long bestAsk;

    LiveMarket(long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    /** Adds a closed bar from the API's JSON; bars at or before the last one known are ignored. Returns if added. */
    boolean addBar(JsonNode bar) {
        long t = Timestamps.parseMillis(bar.path("open_time").asText());
        int n = openTime.size();
        if (n > 0 && t <= openTime.get(n - 1)) {
            return false;
        }
        long o = Prices.parseTicks(bar.path("open").asText());
        long h = Prices.parseTicks(bar.path("high").asText());
        long l = Prices.parseTicks(bar.path("low").asText());
        long c = Prices.parseTicks(bar.path("close").asText());
        long v = bar.path("volume").asLong();
        openTime.add(t);
        open.add(o);
        high.add(h);
        low.add(l);
        close.add(c);
        volume.add(v);
        recordedBars.add(new Candle(t, intervalMillis, o, h, l, c, v));
        if (lastPrice == 0) {
            lastPrice = c;
        }
        return true;
    }

    /** Open time of the last closed bar, or {@code Long.MIN_VALUE} before any. */
    long lastBarOpenTime() {
        int n = openTime.size();
        return n == 0 ? Long.MIN_VALUE : openTime.get(n - 1);
    }

    void print(TradePrint trade) {
        lastPrice = trade.priceTicks();
        recordedTrades.add(trade);
    }

    /** The ticker: best bid and ask (0 when a side is empty), and the last price. */
    void ticker(JsonNode ticker) {
        bestBid = ticksOrZero(ticker.path("best_bid"));
        bestAsk = ticksOrZero(ticker.path("best_ask"));
        long last = ticksOrZero(ticker.path("last_price"));
        if (last > 0) {
            lastPrice = last;
        }
    }

    private static long ticksOrZero(JsonNode price) {
        return price.isTextual() ? Prices.parseTicks(price.asText()) : 0;
    }

    static TradePrint trade(JsonNode t) {
        return new TradePrint(Timestamps.parseMillis(t.path("timestamp").asText()), t.path("trade_id").asText(),
                Prices.parseTicks(t.path("price").asText()), t.path("quantity").asLong(),
                Side.fromWire(t.path("side").asText()));
    }

    List<Candle> recordedBars() {
        return recordedBars;
    }

    List<TradePrint> recordedTrades() {
        return recordedTrades;
    }

    @Override
    public int barCount() {
        return openTime.size();
    }

    @Override
    public long barOpenTime(int i) {
        return openTime.get(i);
    }

    @Override
    public long barOpen(int i) {
        return open.get(i);
    }

    @Override
    public long barHigh(int i) {
        return high.get(i);
    }

    @Override
    public long barLow(int i) {
        return low.get(i);
    }

    @Override
    public long barClose(int i) {
        return close.get(i);
    }

    @Override
    public long barVolume(int i) {
        return volume.get(i);
    }

    @Override
    public long lastPrice() {
        return lastPrice;
    }

    /** The real best bid, or the last price when the bid side is empty. */
    @Override
    public long bidEstimate() {
        return bestBid > 0 ? bestBid : lastPrice;
    }

    /** The real best ask, or the last price when the ask side is empty. */
    @Override
    public long askEstimate() {
        return bestAsk > 0 ? bestAsk : lastPrice;
    }

    /** The real best ask, or 0 when the ask side is empty. */
    long bestAsk() {
        return bestAsk;
    }
}
