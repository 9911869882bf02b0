package io.gridbench.backtest.history;

import io.gridbench.exchange.client.TradingApiClient;
import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.marketdata.Candle;
import io.gridbench.exchange.marketdata.CandleInterval;
import io.gridbench.exchange.marketdata.TradePrint;
import io.gridbench.exchange.server.Credentials;
import io.gridbench.exchange.server.ExchangeServer;
import io.gridbench.exchange.signing.RequestSigner;
import io.gridbench.exchange.signing.TradingKeyPair;
import io.gridbench.exchange.venue.PlaceOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Records from a real in-process exchange on 127.0.0.1 whose venue clock the test sets per trade. */
class HistoryRecorderIT {
    private static final long T0 = 1_785_542_400_000L; // 2026-08-01T00:00:00Z
    private static final long MINUTE = 60_000L;
    /** 250 one-unit trades, one every 20 s from T0 + 10 s: more than two pages of 100, over 84 minutes. */
    private static final int TRADES = 250;

    private static final AtomicLong venueNow = new AtomicLong(T0);
    private static ExchangeServer server;
    private static String chatFastMarket;
    private static HistoryRecorder recorder;
    private static String demoKey;
    private static final Clock RECORDED_AT = Clock.fixed(Instant.parse("2026-11-23T15:21:00Z"), ZoneOffset.UTC);
    private static final List<String> PROGRESS = new CopyOnWriteArrayList<>();

    @TempDir
    Path out;

    @BeforeAll
    static void startExchangeWithTrades() {
        chatFastMarket = ExchangeConfig.defaults().instrument("chat-fast").marketId();
        server = VenueClockExchange.start(venueNow);
        server.core().submit(venue -> {
            venue.openAccount("acct_seller", 0, false);
            venue.depositUnits("acct_seller", "chat-fast", 10_000);
            venue.openAccount("acct_buyer", 10_000_000, false);
            for (int i = 0; i < TRADES; i++) {
                venueNow.set(T0 + 10_000 + i * 20_000L);
                long price = 230 + i % 20;
                venue.placeOrder(new PlaceOrder("acct_seller", chatFastMarket, Side.SELL, OrderType.LIMIT, price, 1,
                        null, venueNow.get()));
                venue.placeOrder(new PlaceOrder("acct_buyer", chatFastMarket, Side.BUY, OrderType.MARKET, 0, 1,
                        null, venueNow.get()));
            }
            return null;
        }).join();
        Credentials demo = server.provisioner().openDemo();
        demoKey = demo.privateKeyBase64();
        recorder = new HistoryRecorder(client(demoKey), server.baseUrl(), "9.9.9", RECORDED_AT,
                PROGRESS::add, 30);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void followsTheTradeCursorAcrossPagesAndReturnsTheRangeOldestFirst() throws IOException {
        List<TradePrint> trades = recorder.trades(chatFastMarket, T0, T0 + 120 * MINUTE);

        assertThat(trades).hasSize(TRADES);
        assertThat(trades).extracting(TradePrint::timestampMillis).isSorted();
        assertThat(trades.get(0).timestampMillis()).isEqualTo(T0 + 10_000);
        assertThat(trades).extracting(TradePrint::aggressor).containsOnly(Side.BUY);
    }

    @Test
    void tradesOutsideTheRangeAreLeftOut() throws IOException {
        List<TradePrint> trades = recorder.trades(chatFastMarket, T0 + 10 * MINUTE, T0 + 20 * MINUTE);

        assertThat(trades).hasSize(30);
        assertThat(trades).allMatch(t -> t.timestampMillis() >= T0 + 10 * MINUTE
                && t.timestampMillis() < T0 + 20 * MINUTE);
    }

    @Test
    void requestsCandlesInWindowsAndGetsEveryMinuteWithTrades() throws IOException {
        List<Candle> candles = recorder.candles(chatFastMarket, CandleInterval.ONE_MINUTE, T0, T0 + 100 * MINUTE);

        assertThat(candles).hasSize(84);
        assertThat(candles.get(0).openTimeMillis()).isEqualTo(T0);
        assertThat(candles.get(0).volume()).isEqualTo(3);
        assertThat(candles).extracting(Candle::openTimeMillis).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void recordWritesGapFreeCandlesAndTradesUnderTheInstrumentName() throws IOException {
        HistoryRecorder.MarketRef market = recorder.marketByInstrument("chat-fast");
        recorder.record(market, CandleInterval.ONE_MINUTE, T0, T0 + 100 * MINUTE, out);

        List<String> candles = HistoryCsvTest.gunzip(out.resolve("chat-fast/candles-1m.csv.gz")).lines().toList();
        assertThat(candles).hasSize(1 + 100);
        assertThat(candles.get(0)).isEqualTo(HistoryCsv.CANDLES_HEADER);
        assertThat(candles.get(1)).startsWith("2026-08-01T00:00:00Z,");
        assertThat(candles.get(100)).startsWith("2026-08-01T01:39:00Z,").endsWith(",0");
        List<String> trades = HistoryCsvTest.gunzip(out.resolve("chat-fast/trades.csv.gz")).lines().toList();
        assertThat(trades).hasSize(1 + TRADES);
        assertThat(trades.get(1)).startsWith("2026-08-01T00:00:10.000Z,trade_").endsWith(",2.30,1,buy");
    }

    @Test
    void theCandleFileStartsAtTheFirstBarTheApiReturnedNotAtTheRequestedStart() throws IOException {
        HistoryRecorder.MarketRef market = recorder.marketByInstrument("chat-fast");
        HistoryRecorder.Recording rec = recorder.record(market, CandleInterval.ONE_MINUTE, T0 - 24 * 60 * MINUTE,
                T0 + 100 * MINUTE, out);

        List<String> candles = HistoryCsvTest.gunzip(out.resolve("chat-fast/candles-1m.csv.gz")).lines().toList();
        assertThat(candles).hasSize(1 + 100);
        assertThat(candles.get(1)).startsWith("2026-08-01T00:00:00Z,").endsWith(",3");
        assertThat(rec.apiBars()).isEqualTo(84);
        assertThat(rec.filledBars()).isEqualTo(16);
        assertThat(rec.firstBarMillis()).isEqualTo(T0);
        assertThat(rec.lastBarMillis()).isEqualTo(T0 + 83 * MINUTE);
    }

    @Test
    void theSummaryTellsBarsFromTheApiFromFilledQuietMinutes() throws IOException {
        PROGRESS.clear();
        recorder.record(recorder.marketByInstrument("chat-fast"), CandleInterval.ONE_MINUTE, T0 - 60 * MINUTE,
                T0 + 100 * MINUTE, out);

        assertThat(PROGRESS).contains(
                "candles: 84 bars from the API, 16 quiet minutes filled, 2026-08-01T00:00Z .. 01:39Z");
    }

    @Test
    void aRangeWithoutBarsIsAnErrorAndWritesNothing() throws IOException {
        HistoryRecorder.MarketRef market = recorder.marketByInstrument("chat-fast");

        assertThatThrownBy(() -> recorder.record(market, CandleInterval.ONE_MINUTE, T0 - 60 * MINUTE, T0, out))
                .isInstanceOf(IOException.class).hasMessageContaining("no 1m bars").hasMessageContaining("chat-fast");
        assertThat(out.resolve("chat-fast")).doesNotExist();
    }

    @Test
    void sourceJsonSaysWhereWhenAndWhatWasRecorded() throws IOException {
        HistoryRecorder.Recording rec = recorder.record(recorder.marketByInstrument("chat-fast"),
                CandleInterval.ONE_MINUTE, T0 - 60 * MINUTE, T0 + 100 * MINUTE, out);

        Path file = out.resolve("chat-fast/" + HistoryRecorder.SOURCE_FILE);
        assertThat(rec.files()).contains(file);
        JsonNode source = new ObjectMapper().readTree(Files.readString(file));
        assertThat(source.path("base_url").asText()).isEqualTo(server.baseUrl());
        assertThat(source.path("market_id").asText()).isEqualTo(chatFastMarket);
        assertThat(source.path("instrument").asText()).isEqualTo("chat-fast");
        assertThat(source.path("interval").asText()).isEqualTo("1m");
        assertThat(source.path("requested_from").asText()).isEqualTo("2026-07-31T23:00:00Z");
        assertThat(source.path("requested_to").asText()).isEqualTo("2026-08-01T01:40:00Z");
        assertThat(source.path("first_bar").asText()).isEqualTo("2026-08-01T00:00:00Z");
        assertThat(source.path("last_bar").asText()).isEqualTo("2026-08-01T01:23:00Z");
        assertThat(source.path("trades").asInt()).isEqualTo(TRADES);
        assertThat(source.path("recorded_at").asText()).isEqualTo("2026-11-23T15:21:00Z");
        assertThat(source.path("gridbench_version").asText()).isEqualTo("9.9.9");
    }

    @Test
    void aMarketIsFoundByIdWithItsInstrumentName() throws IOException {
        assertThat(recorder.marketById(chatFastMarket))
                .isEqualTo(new HistoryRecorder.MarketRef(chatFastMarket, "chat-fast"));
    }

    @Test
    void anUnknownMarketIsAnErrorNamingTheOption() {
        assertThatThrownBy(() -> recorder.marketById("market_nope")).hasMessageContaining("--market")
                .hasMessageContaining("market_nope");
    }

    @Test
    void anUnregisteredKeyIsRefusedWithTheApiStatus() {
        String stranger = TradingKeyPair.generate(new Random(1)).privateKeyBase64();
        HistoryRecorder unknown = new HistoryRecorder(client(stranger), server.baseUrl(), "9.9.9", line -> { });

        assertThatThrownBy(() -> unknown.marketByInstrument("chat-fast")).isInstanceOf(IOException.class)
                .hasMessageContaining("401");
    }

    private static TradingApiClient client(String privateKeyBase64) {
        return new TradingApiClient(server.baseUrl(),
                new RequestSigner(TradingKeyPair.fromPrivateKeyBase64(privateKeyBase64)), Duration.ofSeconds(30));
    }

    @Test
    void anInterruptedRecordingResumesWhereItStoppedAndWritesTheSameFiles() throws IOException {
        HistoryRecorder.MarketRef market = recorder.marketByInstrument("chat-fast");
        Path reference = out.resolve("reference");
        recorder.record(market, CandleInterval.ONE_MINUTE, T0, T0 + 100 * MINUTE, reference);
        List<String> firstRun = new ArrayList<>();
        HistoryRecorder killedAfterTwoWindows = new HistoryRecorder(client(demoKey), server.baseUrl(), "9.9.9",
                RECORDED_AT, line -> {
                    firstRun.add(line);
                    if (firstRun.size() == 2) {
                        throw new IllegalStateException("killed");
                    }
                }, 30);
        Path resumed = out.resolve("resumed");
        assertThatThrownBy(() -> killedAfterTwoWindows.record(market, CandleInterval.ONE_MINUTE, T0, T0 + 100 * MINUTE,
                resumed)).hasMessage("killed");
        List<String> secondRun = new ArrayList<>();

        new HistoryRecorder(client(demoKey), server.baseUrl(), "9.9.9", RECORDED_AT, secondRun::add, 30)
                .record(market, CandleInterval.ONE_MINUTE, T0, T0 + 100 * MINUTE, resumed);

        assertThat(secondRun.get(0)).isEqualTo("resuming an interrupted recording: 60 bars and 0 trades already recorded");
        assertThat(secondRun).filteredOn(l -> l.startsWith("candles: ") && l.contains("up to")).hasSize(2);
        for (String file : List.of("chat-fast/candles-1m.csv.gz", "chat-fast/trades.csv.gz", "chat-fast/source.json")) {
            assertThat(Files.readAllBytes(resumed.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(reference.resolve(file)));
        }
        assertThat(Files.list(resumed.resolve("chat-fast"))).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("candles-1m.csv.gz", "trades.csv.gz", "source.json");
    }
}
