package io.gridbench.exchange.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reference and market data after three trades on text-max between four accounts:
 * asks 5 @ 6.10 and 3 @ 6.20, a bid 4 @ 5.90; a market buy of 6 takes 5 @ 6.10 and 1 @ 6.20; a limit sell of 2 at
 * 5.90 hits the bid. Left resting: bid 2 @ 5.90, ask 2 @ 6.20.
 */
class MarketDataEndpointsIT extends ExchangeFixture {
    private static String textMax;
    private static String base;
    private static SignedHttpClient reader;
    private static SignedHttpClient taker;

    @BeforeAll
    static void trade() {
        textMax = marketOf("text-max");
        base = "/api/v1/trading/markets/" + textMax;
        SignedHttpClient maker = fundedClient();
        SignedHttpClient bidder = fundedClient();
        taker = fundedClient();
        reader = fundedClient();
        assertThat(maker.post(ORDERS, limit(textMax, "sell", 5, "\"6.10\"")).status()).isEqualTo(201);
        assertThat(maker.post(ORDERS, limit(textMax, "sell", 3, "\"6.20\"")).status()).isEqualTo(201);
        assertThat(bidder.post(ORDERS, limit(textMax, "buy", 4, "\"5.90\"")).status()).isEqualTo(201);
        SignedHttpClient.Response sweep = taker.post(ORDERS, market(textMax, "buy", 6));
        assertThat(sweep.status()).as(sweep.toString()).isEqualTo(201);
        assertThat(fundedClient().post(ORDERS, limit(textMax, "sell", 2, "5.9")).status()).isEqualTo(201);
    }

    @Test
    void sweepingMarketBuyIsFilledAtTheVolumeWeightedPrice() {
        JsonNode order = taker.get(ORDERS + "?market_id=" + textMax).data().get(0);
        assertThat(order.get("status").asText()).isEqualTo("filled");
        assertThat(order.get("filled_quantity").asLong()).isEqualTo(6);
        assertThat(order.get("average_price").asText()).isEqualTo("6.1167");
        assertThat(order.get("price").isNull()).isTrue();
    }

    @Test
    void tickerShowsLastTradeBestBidBestAskAndSpread() {
        JsonNode t = reader.get(base + "/ticker").data();
        assertThat(t.get("last_price").asText()).isEqualTo("5.90");
        assertThat(t.get("last_quantity").asLong()).isEqualTo(2);
        assertThat(t.get("best_bid").asText()).isEqualTo("5.90");
        assertThat(t.get("best_ask").asText()).isEqualTo("6.20");
        assertThat(t.get("spread").asText()).isEqualTo("0.30");
    }

    @Test
    void depthListsEveryRestingLevelOfBothSides() {
        JsonNode d = reader.get(base + "/depth").data();
        assertThat(d.get("bids")).hasSize(1);
        assertThat(d.get("bids").get(0).get("price").asText()).isEqualTo("5.90");
        assertThat(d.get("bids").get(0).get("quantity").asLong()).isEqualTo(2);
        assertThat(d.get("asks")).hasSize(1);
        assertThat(d.get("asks").get(0).get("price").asText()).isEqualTo("6.20");
        assertThat(d.get("asks").get(0).get("quantity").asLong()).isEqualTo(2);
    }

    @Test
    void tradesComeNewestFirstWithTheAggressorSide() {
        JsonNode trades = reader.get(base + "/trades").data();
        assertThat(trades).hasSize(3);
        assertThat(trades.get(0).get("price").asText()).isEqualTo("5.90");
        assertThat(trades.get(0).get("side").asText()).isEqualTo("sell");
        assertThat(trades.get(1).get("price").asText()).isEqualTo("6.20");
        assertThat(trades.get(2).get("price").asText()).isEqualTo("6.10");
        assertThat(trades.get(2).get("quantity").asLong()).isEqualTo(5);
        assertThat(trades.get(2).get("side").asText()).isEqualTo("buy");
        assertThat(Instant.parse(trades.get(0).get("timestamp").asText())).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void tradesPageWithACursor() {
        SignedHttpClient.Response first = reader.get(base + "/trades?limit=2");
        String cursor = first.json().get("pagination").get("next_cursor").asText();
        SignedHttpClient.Response second = reader.get(base + "/trades?limit=2&cursor=" + cursor);

        assertThat(first.data()).hasSize(2);
        assertThat(second.data()).hasSize(1);
        assertThat(second.data().get(0).get("price").asText()).isEqualTo("6.10");
        assertThat(second.json().get("pagination").get("has_more").asBoolean()).isFalse();
    }

    @Test
    void oneMinuteCandlesHoldTheTradedRangeAndVolume() {
        JsonNode candles = reader.get(base + "/candles?interval=1m").data();
        long volume = 0;
        long high = 0;
        long low = Long.MAX_VALUE;
        for (JsonNode c : candles) {
            volume += c.get("volume").asLong();
            high = Math.max(high, cents(c.get("high")));
            low = Math.min(low, cents(c.get("low")));
        }
        assertThat(volume).isEqualTo(8);
        assertThat(high).isEqualTo(620);
        assertThat(low).isEqualTo(590);
    }

    @Test
    void candlesAcceptUnixSecondsAndIsoTimes() {
        long now = Instant.now().getEpochSecond();
        String iso = Instant.ofEpochSecond(now - 3600).toString();
        SignedHttpClient.Response r = reader.get(base + "/candles?interval=1h&start=" + iso + "&end=" + (now + 3600));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        long volume = 0;
        for (JsonNode c : r.data()) {
            volume += c.get("volume").asLong();
        }
        assertThat(volume).isEqualTo(8);
    }

    @Test
    void unknownCandleIntervalIs422() {
        SignedHttpClient.Response r = reader.get(base + "/candles?interval=2m");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errors().get("field").asText()).isEqualTo("interval");
    }

    @Test
    void unreadableCandleTimeIs400() {
        SignedHttpClient.Response r = reader.get(base + "/candles?start=last-tuesday");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errors().get("field").asText()).isEqualTo("start");
    }

    @Test
    void candleStartAfterEndIs422() {
        SignedHttpClient.Response r = reader.get(base + "/candles?start=2000&end=1000");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errors().get("field").asText()).isEqualTo("start");
    }

    @Test
    void aTradesCursorWithANegativePositionIs422() {
        String cursor = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("trades|" + textMax + "|-2294967295").getBytes(StandardCharsets.UTF_8));
        SignedHttpClient.Response r = reader.get(base + "/trades?cursor=" + cursor);
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.errors().get("field").asText()).isEqualTo("cursor");
    }

    @Test
    void anIsoCandleTimeBeyondAnyRealYearIs422() {
        SignedHttpClient.Response r = reader.get(base + "/candles?end=%2B1000000000-01-01T00:00:00Z");
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.errors().get("field").asText()).isEqualTo("end");
    }

    @Test
    void aUnixCandleTimeBeyondTheYear9999Is422() {
        SignedHttpClient.Response r = reader.get(base + "/candles?start=9223372036854775");
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.errors().get("field").asText()).isEqualTo("start");
    }

    @Test
    void anIsoCandleTimeBeforeTheEpochIs422() {
        SignedHttpClient.Response r = reader.get(base + "/candles?start=-292275055-05-16T16:47:04.192Z");
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.errors().get("field").asText()).isEqualTo("start");
    }

    @Test
    void unknownMarketIs404() {
        for (String endpoint : new String[]{"ticker", "depth", "trades", "candles"}) {
            SignedHttpClient.Response r = reader.get("/api/v1/trading/markets/market_nope/" + endpoint);
            assertThat(r.status()).as(endpoint + ": " + r).isEqualTo(404);
            assertThat(r.errors().get("field").asText()).isEqualTo("market_id");
        }
    }

    @Test
    void marketsListEveryConfiguredMarket() {
        JsonNode markets = reader.get("/api/v1/trading/markets").data();
        assertThat(markets).hasSize(config.instruments().size());
        assertThat(markets.findValuesAsText("market_id")).contains(CHAT_FAST);
        assertThat(markets.get(0).get("tick_size").asText()).isEqualTo("0.01");
    }

    @Test
    void instrumentsNameTheirMarket() {
        JsonNode instruments = reader.get("/api/v1/trading/instruments").data();
        JsonNode chatFast = null;
        for (JsonNode i : instruments) {
            if (i.get("name").asText().equals("chat-fast")) {
                chatFast = i;
            }
        }
        assertThat(chatFast).isNotNull();
        assertThat(chatFast.get("market_id").asText()).isEqualTo(CHAT_FAST);
        assertThat(chatFast.get("instrument_id").asText()).isEqualTo(config.instrument("chat-fast").instrumentId());
    }

    @Test
    void instrumentByNameOrId() {
        assertThat(reader.get("/api/v1/trading/instruments/chat-fast").data().get("market_id").asText()).isEqualTo(CHAT_FAST);
        SignedHttpClient.Response missing = reader.get("/api/v1/trading/instruments/nope");
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void buyerHoldsWhatItBoughtAsUnitNumbers() {
        JsonNode accounts = taker.get("/api/v1/trading/consumption-accounts?order_by=created_at").data();
        JsonNode textMaxBalance = null;
        for (JsonNode a : accounts) {
            if (a.get("instrument_id").asText().equals(config.instrument("text-max").instrumentId())) {
                textMaxBalance = a;
            }
        }
        assertThat(textMaxBalance).isNotNull();
        assertThat(textMaxBalance.get("available_balance").isNumber()).isTrue();
        assertThat(textMaxBalance.get("available_balance").asDouble()).isEqualTo(1006.0);
        assertThat(textMaxBalance.get("total_balance").asDouble()).isEqualTo(1006.0);
        assertThat(textMaxBalance.get("account_id").asText()).isNotBlank();
    }

    @Test
    void newDemoAccountHasNoConsumptionBalance() {
        JsonNode accounts = demoClient().get("/api/v1/trading/consumption-accounts?order_by=created_at").data();
        double total = 0;
        for (JsonNode a : accounts) {
            total += a.get("total_balance").asDouble();
        }
        assertThat(total).isZero();
    }

    private static long cents(JsonNode price) {
        return new java.math.BigDecimal(price.asText()).movePointRight(2).longValueExact();
    }
}
