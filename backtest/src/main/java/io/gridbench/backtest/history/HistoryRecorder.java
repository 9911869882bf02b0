package io.gridbench.backtest.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridbench.exchange.client.TradingApiClient;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Records a market's history from a Trading API into the historical-data schema: candles requested in windows of
 * {@value #CANDLES_PER_REQUEST} bars and trades followed page by page through the endpoint's cursor, newest first,
 * back to the start of the range. The API leaves out bars without trades; the candle file starts at the first bar
 * the API returned (nothing is made up for the time before it, when the market may not have existed) and quiet
 * intervals after it repeat the previous close with volume 0, since the schema wants gap-free files. Beside the
 * files goes {@value #SOURCE_FILE}, saying where and when they were recorded.
 */
public final class HistoryRecorder {
    public static final String SOURCE_FILE = "source.json";
    static final int CANDLES_PER_REQUEST = 1000;
    static final int TRADES_PER_REQUEST = 100;
    /** Trade pages fetched between two saves of the recording's progress. */
    static final int PAGES_PER_STEP = 10;
    private static final String API = "/api/v1/trading";
    private static final DateTimeFormatter MINUTE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm'Z'").withZone(ZoneOffset.UTC);

    private final TradingApiClient client;
    private final String baseUrl;
    private final String version;
    private final Clock clock;
    private final Consumer<String> progress;
    private final int candlesPerRequest;

    /**
     * @param baseUrl  the API's base URL, as the client was given it (recorded in {@value #SOURCE_FILE})
     * @param version  the gridbench version recorded in {@value #SOURCE_FILE}
     * @param progress receives progress and summary lines (the CLI prints them on stderr)
     */
    public HistoryRecorder(TradingApiClient client, String baseUrl, String version, Consumer<String> progress) {
        this(client, baseUrl, version, Clock.systemUTC(), progress, CANDLES_PER_REQUEST);
    }

    /** @param candlesPerRequest bars per candles request (the API serves at most 1000) */
    HistoryRecorder(TradingApiClient client, String baseUrl, String version, Clock clock, Consumer<String> progress,
                    int candlesPerRequest) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.version = version;
        this.clock = clock;
        this.progress = progress;
        this.candlesPerRequest = candlesPerRequest;
    }

    /** A market found on the API: its id and its instrument's name (the output folder). */
    public record MarketRef(String marketId, String instrumentName) {
    }

    /**
     * What one {@link #record} call wrote: the files, the bars the API returned and the quiet intervals filled in
     * after the first of them, the open times of the first and last API bar, and the number of trades.
     */
    public record Recording(List<Path> files, int apiBars, int filledBars, long firstBarMillis, long lastBarMillis,
                            int trades) {
        public Recording {
            files = List.copyOf(files);
        }
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
     * Writes {@code <out>/<instrument>/candles-<interval>.csv.gz}, {@code trades.csv.gz} and {@value #SOURCE_FILE}
     * for [from, to), which must be whole intervals. The candle file runs from the first bar the API returned to
     * {@code to}.
     *
     * @throws IOException when the API has no bar in the range (nothing is written then) or cannot be read
     */
    public Recording record(MarketRef market, CandleInterval interval, long fromMillis, long toMillis, Path out)
            throws IOException {
        return record(market, interval, fromMillis, toMillis, out, null);
    }

    /**
     * As {@link #record(MarketRef, CandleInterval, long, long, Path)}, and writes {@value HistoryCsv#QUOTES_FILE}
     * from {@code quotes} (sampled by {@link QuoteSampler} over the range) for the candles' period: the row in force
     * at the first bar's open is stamped at it, rows from {@code to} on are left out. {@code quotes} null: no quotes.
     */
    public Recording record(MarketRef market, CandleInterval interval, long fromMillis, long toMillis, Path out,
                            QuoteSampler.Sampled quotes) throws IOException {
        Path dir = out.resolve(market.instrumentName());
        RecordingJournal journal = RecordingJournal.open(dir, market.marketId() + " " + interval.wire() + " "
                + Instant.ofEpochMilli(fromMillis) + " " + Instant.ofEpochMilli(toMillis) + " " + baseUrl,
                interval.millis(), fromMillis, progress);
        List<Candle> sparse = candles(market.marketId(), interval, toMillis, journal);
        List<Candle> candles = GapFreeBars.fillGaps(sparse, interval.millis(), fromMillis, toMillis);
        if (candles.isEmpty()) {
            journal.delete();
            throw new IOException("the API returned no " + interval.wire() + " bars for " + market.instrumentName()
                    + " (" + market.marketId() + ") from " + Instant.ofEpochMilli(fromMillis) + " to "
                    + Instant.ofEpochMilli(toMillis) + ": nothing traded then; no files written");
        }
        long firstBar = candles.get(0).openTimeMillis();
        int apiBars = 0;
        long lastBar = firstBar;
        for (Candle c : sparse) {
            long at = c.openTimeMillis();
            if (at >= firstBar && at < toMillis && (at - fromMillis) % interval.millis() == 0) {
                apiBars++;
                lastBar = at;
            }
        }
        progress.accept(summary(interval, candles, apiBars));
        List<TradePrint> trades = trades(market.marketId(), fromMillis, toMillis, journal);
        Path candleFile = dir.resolve("candles-" + interval.wire() + ".csv.gz");
        Path tradeFile = dir.resolve(HistoryCsv.TRADES_FILE);
        Path sourceFile = dir.resolve(SOURCE_FILE);
        HistoryCsv.writeCandles(candleFile, candles);
        HistoryCsv.writeTrades(tradeFile, trades);
        List<Path> files = new ArrayList<>(List.of(candleFile, tradeFile));
        if (quotes != null) {
            Path quoteFile = dir.resolve(HistoryCsv.QUOTES_FILE);
            HistoryCsv.writeQuotes(quoteFile, quotes.tape(), firstBar, toMillis);
            files.add(quoteFile);
        }
        files.add(sourceFile);
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("recorder", "gridbench record");
        source.put("gridbench_version", version);
        source.put("base_url", baseUrl);
        source.put("market_id", market.marketId());
        source.put("instrument", market.instrumentName());
        source.put("interval", interval.wire());
        source.put("requested_from", Instant.ofEpochMilli(fromMillis).toString());
        source.put("requested_to", Instant.ofEpochMilli(toMillis).toString());
        source.put("first_bar", Instant.ofEpochMilli(firstBar).toString());
        source.put("last_bar", Instant.ofEpochMilli(lastBar).toString());
        source.put("bars_from_api", apiBars);
        source.put("quiet_bars_filled", candles.size() - apiBars);
        source.put("trades", trades.size());
        if (quotes != null) {
            Map<String, Object> sampled = new LinkedHashMap<>();
            sampled.put("source", "depth polled every " + quotes.everyMillis() + " ms; the book's past is not served");
            sampled.put("rows_sampled", quotes.tape().size());
            sampled.put("polls", quotes.polls());
            sampled.put("failed_polls", quotes.failedPolls());
            sampled.put("longest_gap_ms", quotes.longestGapMillis());
            sampled.put("first_poll", Instant.ofEpochMilli(quotes.firstPollMillis()).toString());
            sampled.put("last_poll", Instant.ofEpochMilli(quotes.lastPollMillis()).toString());
            source.put("quotes", sampled);
        }
        source.put("recorded_at", clock.instant().toString());
        HistoryCsv.writeJson(sourceFile, source);
        journal.delete();
        return new Recording(files, apiBars, candles.size() - apiBars,
                firstBar, lastBar, trades.size());
    }

    /** {@code candles: 12 bars from the API, 3 quiet minutes filled, 2026-11-23T15:06Z .. 15:20Z}. */
    private static String summary(CandleInterval interval, List<Candle> candles, int apiBars) {
        Instant first = Instant.ofEpochMilli(candles.get(0).openTimeMillis());
        Instant last = Instant.ofEpochMilli(candles.get(candles.size() - 1).openTimeMillis());
        String quiet = interval == CandleInterval.ONE_MINUTE ? "minutes" : interval.wire() + " intervals";
        boolean sameDay = first.truncatedTo(ChronoUnit.DAYS)
                .equals(last.truncatedTo(ChronoUnit.DAYS));
        return "candles: " + apiBars + " bars from the API, " + (candles.size() - apiBars) + " quiet " + quiet
                + " filled, " + MINUTE_TIME.format(first) + " .. "
                + (sameDay ? CLOCK_TIME : MINUTE_TIME).format(last);
    }

    /** Bars with open time in [from, to), oldest first, as the API has them (no bar where nothing traded). */
    public List<Candle> candles(String marketId, CandleInterval interval, long fromMillis, long toMillis)
            throws IOException {
        RecordingJournal scratch = RecordingJournal.open(Files.createTempDirectory("gridbench-record"), "candles",
                interval.millis(), fromMillis, line -> { });
        try {
            return candles(marketId, interval, toMillis, scratch);
        } finally {
            scratch.delete();
        }
    }

    /** As above, from where {@code journal} got to, recording each window in it. */
    private List<Candle> candles(String marketId, CandleInterval interval, long toMillis, RecordingJournal journal)
            throws IOException {
        long window = interval.millis() * candlesPerRequest;
        int total = journal.candles().size();
        for (long start = journal.nextCandleStart(); start < toMillis; start += window) {
            long end = Math.min(toMillis, start + window);
            JsonNode data = client.get(API + "/markets/" + encode(marketId) + "/candles?interval=" + interval.wire()
                    + "&start=" + Instant.ofEpochMilli(start) + "&end=" + Instant.ofEpochMilli(end)
                    + "&limit=" + candlesPerRequest).path("data");
            List<Candle> bars = new ArrayList<>();
            for (JsonNode c : data) {
                bars.add(new Candle(millis(c, "open_time"), interval.millis(), ticks(c, "open"), ticks(c, "high"),
                        ticks(c, "low"), ticks(c, "close"), c.path("volume").asLong()));
            }
            journal.candlesFetched(bars, end);
            total += bars.size();
            progress.accept("candles: " + total + " bars from the API up to " + Instant.ofEpochMilli(end));
        }
        return journal.candles();
    }

    /** Trades in [from, to), oldest first, following the cursor back from the newest trade. */
    public List<TradePrint> trades(String marketId, long fromMillis, long toMillis) throws IOException {
        RecordingJournal scratch = RecordingJournal.open(Files.createTempDirectory("gridbench-record"), "trades", 1,
                fromMillis, line -> { });
        try {
            return trades(marketId, fromMillis, toMillis, scratch);
        } finally {
            scratch.delete();
        }
    }

    /**
     * As above, from where {@code journal} got to; pages are recorded in it {@value #PAGES_PER_STEP} at a time (a
     * resumed recording repeats at most that many pages).
     */
    private List<TradePrint> trades(String marketId, long fromMillis, long toMillis, RecordingJournal journal)
            throws IOException {
        String cursor = journal.tradeCursor();
        boolean done = journal.tradesDone();
        int collected = journal.tradesNewestFirst().size();
        List<TradePrint> step = new ArrayList<>();
        int pages = 0;
        while (!done) {
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
                    step.add(new TradePrint(at, t.path("trade_id").asText(), ticks(t, "price"),
                            t.path("quantity").asLong(), side(t)));
                }
            }
            JsonNode next = body.path("pagination").path("next_cursor");
            done = reachedStart || next.isMissingNode() || next.isNull();
            cursor = done ? null : next.asText();
            if (++pages % PAGES_PER_STEP == 0 || done) {
                journal.tradesFetched(step, cursor, done);
                collected += step.size();
                step.clear();
            }
            if (pages % 50 == 0) {
                progress.accept("trades: " + collected + " collected in " + pages + " pages");
            }
        }
        List<TradePrint> oldestFirst = journal.tradesNewestFirst();
        Collections.reverse(oldestFirst);
        progress.accept("trades: " + oldestFirst.size() + " in range");
        return oldestFirst;
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
