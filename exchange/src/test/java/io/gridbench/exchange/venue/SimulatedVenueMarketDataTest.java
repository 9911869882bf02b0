package io.gridbench.exchange.venue;

import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.marketdata.Candle;
import io.gridbench.exchange.marketdata.CandleInterval;
import io.gridbench.exchange.marketdata.TradePrint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.gridbench.exchange.market.Side.BUY;
import static io.gridbench.exchange.market.Side.SELL;
import static io.gridbench.exchange.venue.SimulatedVenueTradingTest.assertField;
import static io.gridbench.exchange.venue.VenueFixture.CHAT;
import static io.gridbench.exchange.venue.VenueFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

class SimulatedVenueMarketDataTest {
    private static final long MINUTE = 60_000L;
    private final VenueFixture f = new VenueFixture();
    private final SimulatedVenue venue = f.venue;

    @BeforeEach
    void traders() {
        f.openTraders("acct_b", 10_000_000, "acct_s", 1_000);
    }

    /** One unit traded at {@code price}, the buyer aggressing. */
    private void tradeAt(long price, long quantity) {
        f.limit("acct_s", SELL, price, quantity);
        f.market("acct_b", BUY, quantity);
    }

    @Test
    void tickerOfAQuietMarketHasNoPrices() {
        TickerView ticker = venue.ticker(CHAT);

        assertThat(ticker.lastPriceTicks()).isEqualTo(-1);
        assertThat(ticker.bestBidTicks()).isEqualTo(-1);
        assertThat(ticker.bestAskTicks()).isEqualTo(-1);
        assertThat(ticker.volume24h()).isZero();
        assertThat(ticker.spreadTicks()).isEqualTo(-1);
    }

    @Test
    void tickerShowsLastTradeTopOfBookAndVolumeOfTheLast24Hours() {
        tradeAt(250, 5);
        f.clock.advance(23 * 60 * MINUTE);
        tradeAt(260, 2);
        f.limit("acct_b", BUY, 240, 1);
        f.limit("acct_s", SELL, 270, 1);
        f.clock.advance(2 * 60 * MINUTE);

        TickerView ticker = venue.ticker(CHAT);

        assertThat(ticker.lastPriceTicks()).isEqualTo(260);
        assertThat(ticker.lastQuantity()).isEqualTo(2);
        assertThat(ticker.lastTradeAtMillis()).isEqualTo(T0 + 23 * 60 * MINUTE);
        assertThat(ticker.bestBidTicks()).isEqualTo(240);
        assertThat(ticker.bestAskTicks()).isEqualTo(270);
        assertThat(ticker.spreadTicks()).isEqualTo(30);
        assertThat(ticker.volume24h()).isEqualTo(2);
    }

    @Test
    void depthListsEveryLevelBestFirst() {
        f.limit("acct_b", BUY, 240, 1);
        f.limit("acct_b", BUY, 245, 2);
        f.limit("acct_b", BUY, 240, 3);
        f.limit("acct_s", SELL, 260, 4);

        DepthView depth = venue.depth(CHAT);

        assertThat(depth.bidPrices()).containsExactly(245, 240);
        assertThat(depth.bidQuantities()).containsExactly(2, 4);
        assertThat(depth.askPrices()).containsExactly(260);
        assertThat(depth.askQuantities()).containsExactly(4);
        assertThat(depth.timestampMillis()).isEqualTo(T0);
    }

    @Test
    void tradesComeNewestFirstAndPageWithACursor() {
        for (long price = 201; price <= 205; price++) {
            tradeAt(price, 1);
        }

        Page<TradePrint> first = venue.trades(CHAT, null, 2);
        Page<TradePrint> second = venue.trades(CHAT, first.nextCursor(), 2);
        Page<TradePrint> last = venue.trades(CHAT, second.nextCursor(), 2);

        assertThat(first.items()).extracting(TradePrint::priceTicks).containsExactly(205L, 204L);
        assertThat(second.items()).extracting(TradePrint::priceTicks).containsExactly(203L, 202L);
        assertThat(last.items()).extracting(TradePrint::priceTicks).containsExactly(201L);
        assertThat(last.nextCursor()).isNull();
        assertThat(first.items().get(0).tradeId()).startsWith("trade_");
        assertThat(first.items().get(0).aggressor()).isEqualTo(Side.BUY);
    }

    @Test
    void aMarketOrderAcrossLevelsPrintsOneTradePerMatch() {
        f.limit("acct_s", SELL, 250, 1);
        f.limit("acct_s", SELL, 251, 1);

        f.market("acct_b", BUY, 2);

        assertThat(venue.trades(CHAT, null, 10).items()).extracting(TradePrint::priceTicks)
                .containsExactly(251L, 250L);
    }

    @Test
    void tradesRejectBadCursorsAndLimits() {
        assertField(() -> venue.trades(CHAT, null, 0), 422, "limit");
        assertField(() -> venue.trades(CHAT, "bm9wZQ", 10), 422, "cursor");
        assertField(() -> venue.trades("market_x", null, 10), 404, "market_id");
    }

    @Test
    void candlesAggregateTradesPerBarAndSkipQuietBars() {
        long start = CandleInterval.ONE_MINUTE.bucketStart(T0);
        tradeAt(250, 1);
        tradeAt(270, 2);
        tradeAt(240, 3);
        f.clock.advance(3 * MINUTE);
        tradeAt(300, 4);

        List<Candle> bars = venue.candles(CHAT, CandleInterval.ONE_MINUTE, start, start + 10 * MINUTE, 100);

        assertThat(bars).containsExactly(
                new Candle(start, MINUTE, 250, 270, 240, 240, 6),
                new Candle(start + 3 * MINUTE, MINUTE, 300, 300, 300, 300, 4));
    }

    @Test
    void candlesHonourTheRangeAndLimitOldestFirst() {
        long start = CandleInterval.ONE_MINUTE.bucketStart(T0);
        List<Long> opens = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tradeAt(250 + i, 1);
            opens.add(CandleInterval.ONE_MINUTE.bucketStart(f.clock.getAsLong()));
            f.clock.advance(MINUTE);
        }

        assertThat(venue.candles(CHAT, CandleInterval.ONE_MINUTE, opens.get(1), opens.get(4), 100))
                .extracting(Candle::openTimeMillis).containsExactly(opens.get(1), opens.get(2), opens.get(3));
        assertThat(venue.candles(CHAT, CandleInterval.ONE_MINUTE, start, Long.MAX_VALUE, 2))
                .extracting(Candle::close).containsExactly(250L, 251L);
        assertThat(venue.candles(CHAT, CandleInterval.ONE_HOUR, 0, Long.MAX_VALUE, 10))
                .extracting(Candle::volume).containsExactly(5L);
    }

    @Test
    void candlesRequireAnInterval() {
        assertField(() -> venue.candles(CHAT, null, 0, 1, 10), 422, "interval");
    }
}
