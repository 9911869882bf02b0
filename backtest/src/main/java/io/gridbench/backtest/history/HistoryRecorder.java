package io.gridbench.backtest.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridbench.exchange.market.Prices;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.marketdata.Candle;
import io.gridbench.exchange.marketdata.CandleInterval;
import io.gridbench.exchange.marketdata.TradePrint;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Records a market's history from a Trading API into the historical-data schema: candles requested in windows of
 * {@value #CANDLES_PER_REQUEST} bars (gaps filled, since the API leaves out bars without trades) and trades
 * followed page by page through the endpoint's cursor, newest first, back to the start of the range.
 */
public final class HistoryRecorder {
    static final int CANDLES_PER_REQUEST = 1000;
    static final int TRADES_PER_REQUEST = 100;
    private static final String API = "/api/v1/trading";

    private final TradingApiClient client;
    private final Consumer<String> progress;
    private final int candlesPerRequest;

    public HistoryRecorder(TradingApiClient client, Consumer<String> progress) {
        this(client, progress, CANDLES_PER_REQUEST);
    }

    /** @param candlesPerRequest bars per candles request (the API serves at most 1000) */
    HistoryRecorder(TradingApiClient client, Consumer<String> progress, int candlesPerRequest) {
        this.client = client;
        this.progress = progress;
        this.candlesPerRequest = candlesPerRequest;
    }

    /** A market found on the API: its id and its instrument's name (the output folder). */
    public record MarketRef(String marketId, String instrumentName) {
    }

    /** Looks a market up by its id ({@code market_...}). */
    public MarketRef marketById(String marketId) throws IOException {
        for (JsonNode m : client.get(API + "/markets").path("data")) {
            if (marketId.equals(m.path("market_id").asText())) {
                return new MarketRef(marketId, m.path("instrument_name").asText());
            }
        }
        throw new IOException("--market: no market '" + marketId + "' on the API");
    }

    /** Looks a market up by its instrument's name ({@code chat-fast}). */
    public MarketRef marketByInstrument(String name) throws IOException {
        JsonNode instrument = client.get(API + "/instruments/" + encode(name)).path("data");
        return new MarketRef(instrument.path("market_id").asText(), instrument.path("name").asText(name));
    }

    /**
     * Writes {@code <out>/<instrument>/candles-<interval>.csv.gz} and {@code trades.csv.gz} for [from, to), which
     * must be whole intervals.
     *
     * @return the files written
     */
    public List<Path> record(MarketRef market, CandleInterval interval, long fromMillis, long toMillis, Path out)
            throws IOException {
        List<Candle> candles = GapFreeBars.fillGaps(candles(market.marketId(), interval, fromMillis, toMillis),
                interval.millis(), fromMillis, toMillis);
        List<TradePrint> trades = trades(market.marketId(), fromMillis, toMillis);
        Path dir = out.resolve(market.instrumentName());
        Files.createDirectories(dir);
        Path candleFile = dir.resolve("candles-" + interval.wire() + ".csv.gz");
        Path tradeFile = dir.resolve(HistoryCsv.TRADES_FILE);
        HistoryCsv.writeCandles(candleFile, candles);
        HistoryCsv.writeTrades(tradeFile, trades);
        return List.of(candleFile, tradeFile);
    }

    /** Bars with open time in [from, to), oldest first, as the API has them (no bar where nothing traded). */
    public List<Candle> candles(String marketId, CandleInterval interval, long fromMillis, long toMillis)
            throws IOException {
        List<Candle> bars = new ArrayList<>();
        long window = interval.millis() * candlesPerRequest;
        for (long start = fromMillis; start < toMillis; start += window) {
            long end = Math.min(toMillis, start + window);
            JsonNode data = client.get(API + "/markets/" + encode(marketId) + "/candles?interval=" + interval.wire()
                    + "&start=" + Instant.ofEpochMilli(start) + "&end=" + Instant.ofEpochMilli(end)
                    + "&limit=" + candlesPerRequest).path("data");
            for (JsonNode c : data) {
                bars.add(new Candle(millis(c, "open_time"), interval.millis(), ticks(c, "open"), ticks(c, "high"),
                        ticks(c, "low"), ticks(c, "close"), c.path("volume").asLong()));
            }
            progress.accept("candles: " + bars.size() + " bars up to " + Instant.ofEpochMilli(end));
        }
        return bars;
    }

    /** Trades in [from, to), oldest first, following the cursor back from the newest trade. */
    public List<TradePrint> trades(String marketId, long fromMillis, long toMillis) throws IOException {
        List<TradePrint> newestFirst = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        while (true) {
            String query = "?limit=" + TRADES_PER_REQUEST + (cursor == null ? "" : "&cursor=" + encode(cursor));
            JsonNode body = client.get(API + "/markets/" + encode(marketId) + "/trades" + query);
            boolean reachedStart = false;
            for (JsonNode t : body.path("data")) {
                long at = millis(t, "timestamp");
                if (at < fromMillis) {
                    reachedStart = true;
                    break;
                }
                if (at < toMillis) {
                    newestFirst.add(new TradePrint(at, t.path("trade_id").asText(), ticks(t, "price"),
                            t.path("quantity").asLong(), side(t)));
                }
            }
            JsonNode next = body.path("pagination").path("next_cursor");
            if (++pages % 50 == 0) {
                progress.accept("trades: " + newestFirst.size() + " collected in " + pages + " pages");
            }
            if (reachedStart || next.isMissingNode() || next.isNull()) {
                break;
            }
            cursor = next.asText();
        }
        Collections.reverse(newestFirst);
        progress.accept("trades: " + newestFirst.size() + " in range");
        return newestFirst;
    }

    private static long millis(JsonNode node, String field) throws IOException {
        try {
            return Instant.parse(node.path(field).asText()).toEpochMilli();
        } catch (RuntimeException e) {
            throw new IOException("API field '" + field + "' is not an ISO-8601 time: " + node.path(field));
        }
    }

    private static long ticks(JsonNode node, String field) throws IOException {
        try {
            return Prices.parseTicks(node.path(field).asText());
        } catch (IllegalArgumentException e) {
            throw new IOException("API field '" + field + "': " + e.getMessage());
        }
    }

    private static Side side(JsonNode trade) throws IOException {
        Side side = Side.fromWire(trade.path("side").asText());
        if (side == null) {
            throw new IOException("API field 'side' is not buy or sell: " + trade.path("side"));
        }
        return side;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
