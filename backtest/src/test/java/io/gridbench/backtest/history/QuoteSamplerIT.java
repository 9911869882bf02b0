package io.gridbench.backtest.history;

import io.gridbench.exchange.client.ApiStatusException;
import io.gridbench.exchange.client.TradingApiClient;
import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.marketdata.CandleInterval;
import io.gridbench.exchange.server.ExchangeServer;
import io.gridbench.exchange.signing.RequestSigner;
import io.gridbench.exchange.venue.PlaceOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Samples a real in-process exchange on 127.0.0.1 whose venue clock the test moves: the sampler's sleep advances
 * the clock to the next poll and, at chosen polls, changes the book first.
 */
class QuoteSamplerIT {
    private static final long T0 = 1_785_542_400_000L; // 2026-08-01T00:00:00Z
    private static final long SECOND = 1_000L;

    private final AtomicLong venueNow = new AtomicLong(T0);
    private ExchangeServer server;
    private String market;
    private TradingApiClient client;

    @TempDir
    Path out;

    @BeforeEach
    void start() {
        market = ExchangeConfig.defaults().instrument("chat-fast").marketId();
        server = VenueClockExchange.start(venueNow);
        server.core().submit(venue -> {
            venue.openAccount("acct_seller", 0, false);
            venue.depositUnits("acct_seller", "chat-fast", 10_000);
            venue.openAccount("acct_buyer", 10_000_000, false);
            return null;
        }).join();
        client = new TradingApiClient(server.baseUrl(), new RequestSigner(server.provisioner().openDemo().keyPair()),
                Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void keepsARowOnlyWhenTheTopOfTheBookChangedStampedWithTheExchangesClock() throws Exception {
        rest(Side.SELL, 250, 5);
        // polls at T0, +1 s, ... +5 s; a bid arrives before the +2 s poll, a bigger ask size before the +4 s one
        QuoteSampler.Sampled sampled = sampler(Map.of(2, () -> rest(Side.BUY, 240, 3), 4, () -> rest(Side.SELL, 250, 2)))
                .sample(market, SECOND, T0 + 6 * SECOND);

        QuoteTape tape = sampled.tape();
        assertThat(sampled.polls()).isEqualTo(6);
        assertThat(sampled.failedPolls()).isZero();
        assertThat(tape.size()).isEqualTo(3);
        assertThat(List.of(tape.time(0), tape.time(1), tape.time(2))).containsExactly(T0, T0 + 2 * SECOND, T0 + 4 * SECOND);
        assertThat(List.of(tape.bid(0), tape.bidSize(0), tape.ask(0), tape.askSize(0))).containsExactly(0L, 0L, 250L, 5L);
        assertThat(List.of(tape.bid(1), tape.bidSize(1), tape.ask(1), tape.askSize(1))).containsExactly(240L, 3L, 250L, 5L);
        assertThat(List.of(tape.bid(2), tape.bidSize(2), tape.ask(2), tape.askSize(2))).containsExactly(240L, 3L, 250L, 7L);
        assertThat(sampled.longestGapMillis()).isEqualTo(SECOND);
    }

    @Test
    void anUnknownMarketEndsTheSamplingAtOnceWithTheApisAnswer() {
        QuoteSampler sampler = sampler(Map.of());

        assertThatThrownBy(() -> sampler.sample("market_unknown", SECOND, T0 + 60 * SECOND))
                .isInstanceOf(ApiStatusException.class)
                .satisfies(e -> assertThat(((ApiStatusException) e).status()).isEqualTo(404));
        assertThat(venueNow.get()).isEqualTo(T0);
    }

    @Test
    void theRecordingWritesTheQuotesInForceDuringTheCandlesPeriod() throws Exception {
        rest(Side.SELL, 250, 5);
        rest(Side.BUY, 240, 1);
        // a trade in each of the three minutes, so each has a bar; each takes a unit of the best ask
        Map<Integer, Step> steps = Map.of(30, this::buyOneAtMarket, 90, this::buyOneAtMarket, 150, this::buyOneAtMarket);
        QuoteSampler.Sampled sampled = sampler(steps).sample(market, SECOND, T0 + 180 * SECOND);
        HistoryRecorder recorder = new HistoryRecorder(client, server.baseUrl(), "9.9.9",
                Clock.fixed(Instant.parse("2026-11-23T15:21:00Z"), ZoneOffset.UTC), line -> { }, 30);

        HistoryRecorder.Recording recording = recorder.record(recorder.marketByInstrument("chat-fast"),
                CandleInterval.ONE_MINUTE, T0, T0 + 3 * 60 * SECOND, out, sampled);

        assertThat(recording.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("candles-1m.csv.gz", "trades.csv.gz", "quotes.csv.gz", "source.json");
        List<String> quotes = HistoryCsvTest.gunzip(out.resolve("chat-fast/quotes.csv.gz")).lines().toList();
        assertThat(quotes.get(0)).isEqualTo(HistoryCsv.QUOTES_HEADER);
        assertThat(quotes.subList(1, quotes.size())).containsExactly(
                "2026-08-01T00:00:00.000Z,2.40,1,2.50,5",
                "2026-08-01T00:00:30.000Z,2.40,1,2.50,4",
                "2026-08-01T00:01:30.000Z,2.40,1,2.50,3",
                "2026-08-01T00:02:30.000Z,2.40,1,2.50,2");
        String source = Files.readString(out.resolve("chat-fast/source.json"));
        assertThat(source).contains("\"polls\" : 180").contains("\"failed_polls\" : 0").contains("\"rows_sampled\" : 4");
    }

    /** A sampler whose clock is the venue's and whose sleep jumps to the next poll, running {@code steps} first. */
    private QuoteSampler sampler(Map<Integer, Step> steps) {
        return new QuoteSampler(client, venueNow::get, millis -> {
            venueNow.set(millis);
            Step step = steps.get((int) ((millis - T0) / SECOND));
            if (step != null) {
                try {
                    step.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }, line -> { });
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private void rest(Side side, long price, long quantity) {
        String account = side == Side.BUY ? "acct_buyer" : "acct_seller";
        server.core().submit(venue -> venue.placeOrder(new PlaceOrder(account, market, side, OrderType.LIMIT, price,
                quantity, null, venueNow.get()))).join();
    }

    private void buyOneAtMarket() {
        server.core().submit(venue -> venue.placeOrder(new PlaceOrder("acct_buyer", market, Side.BUY,
                OrderType.MARKET, 0, 1, null, venueNow.get()))).join();
    }
}
