package io.gridbench.backtest.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridbench.exchange.files.AtomicFiles;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.marketdata.Candle;
import io.gridbench.exchange.marketdata.TradePrint;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The progress of one recording, kept beside its output while it runs, so that an interrupted {@code record} (a
 * kill, a lost connection, an API error) resumes where it stopped instead of starting over. Three hidden files in
 * the instrument's folder:
 * <ul>
 *   <li>{@value #PROGRESS}: what was asked for (market, interval, range, base URL) and how far each part got: the
 *       start of the next candle window, the trade cursor of the next page, and how many rows each part has;
 *       replaced atomically after every step;</li>
 *   <li>{@value #CANDLES} and {@value #TRADES}: the rows so far, appended (and forced to disk) before the progress
 *       that counts them, so rows past the counts (a crash between the two) are simply ignored on resume.</li>
 * </ul>
 * A journal for a different request is replaced (with a note); the journal is deleted once the recording's files
 * are written. Not thread-safe.
 */
final class RecordingJournal {
    static final String PROGRESS = ".record-progress.json";
    static final String CANDLES = ".record-candles.csv";
    static final String TRADES = ".record-trades.csv";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final String request;
    private final long intervalMillis;
    private long nextCandleStart;
    private int candleRows;
    private String tradeCursor;
    private int tradeRows;
    private boolean tradesDone;

    private RecordingJournal(Path dir, String request, long intervalMillis, long fromMillis) {
        this.dir = dir;
        this.request = request;
        this.intervalMillis = intervalMillis;
        this.nextCandleStart = fromMillis;
    }

    /**
     * The journal of this request in {@code dir}: resumed if one was left there, else a new one.
     *
     * @param request identifies what is recorded; a journal of another request is replaced
     */
    static RecordingJournal open(Path dir, String request, long intervalMillis, long fromMillis,
                                 Consumer<String> progress) throws IOException {
        RecordingJournal journal = new RecordingJournal(dir, request, intervalMillis, fromMillis);
        Path file = dir.resolve(PROGRESS);
        if (Files.exists(file)) {
            JsonNode saved = JSON.readTree(file.toFile());
            if (request.equals(saved.path("request").asText())) {
                journal.nextCandleStart = saved.path("next_candle_start").asLong();
                journal.candleRows = saved.path("candle_rows").asInt();
                journal.tradeCursor = saved.path("trade_cursor").isTextual() ? saved.path("trade_cursor").asText() : null;
                journal.tradeRows = saved.path("trade_rows").asInt();
                journal.tradesDone = saved.path("trades_done").asBoolean();
                journal.dropUncountedRows(CANDLES, journal.candleRows);
                journal.dropUncountedRows(TRADES, journal.tradeRows);
                progress.accept("resuming an interrupted recording: " + journal.candleRows + " bars and "
                        + journal.tradeRows + " trades already recorded");
                return journal;
            }
            progress.accept("replacing a partial recording of another request (" + saved.path("request").asText()
                    + ")");
        }
        journal.delete();
        return journal;
    }

    long nextCandleStart() {
        return nextCandleStart;
    }

    String tradeCursor() {
        return tradeCursor;
    }

    boolean tradesDone() {
        return tradesDone;
    }

    /** The candles recorded so far, oldest first. */
    List<Candle> candles() throws IOException {
        List<Candle> bars = new ArrayList<>(candleRows);
        for (String line : rows(CANDLES, candleRows)) {
            String[] f = line.split(",", -1);
            bars.add(new Candle(Long.parseLong(f[0]), intervalMillis, Long.parseLong(f[1]), Long.parseLong(f[2]),
                    Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5])));
        }
        return bars;
    }

    /** The trades recorded so far, newest first (the order the API pages them). */
    List<TradePrint> tradesNewestFirst() throws IOException {
        List<TradePrint> trades = new ArrayList<>(tradeRows);
        for (String line : rows(TRADES, tradeRows)) {
            String[] f = line.split(",", -1);
            trades.add(new TradePrint(Long.parseLong(f[0]), f[1], Long.parseLong(f[2]), Long.parseLong(f[3]),
                    Side.fromWire(f[4])));
        }
        return trades;
    }

    /** Records a window of candles and where the next window starts. */
    void candlesFetched(List<Candle> bars, long nextStart) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Candle c : bars) {
            text.append(c.openTimeMillis()).append(',').append(c.open()).append(',').append(c.high()).append(',')
                    .append(c.low()).append(',').append(c.close()).append(',').append(c.volume()).append('\n');
        }
        append(CANDLES, text);
        candleRows += bars.size();
        nextCandleStart = nextStart;
        saveProgress();
    }

    /** Records pages of trades (newest first), the cursor of the next page and whether the range is complete. */
    void tradesFetched(List<TradePrint> newestFirst, String nextCursor, boolean done) throws IOException {
        StringBuilder text = new StringBuilder();
        for (TradePrint t : newestFirst) {
            text.append(t.timestampMillis()).append(',').append(t.tradeId()).append(',').append(t.priceTicks())
                    .append(',').append(t.quantity()).append(',').append(t.aggressor().wire()).append('\n');
        }
        append(TRADES, text);
        tradeRows += newestFirst.size();
        tradeCursor = nextCursor;
        tradesDone = done;
        saveProgress();
    }

    /** Removes the journal's files, and the folder too if that leaves it empty (nothing was recorded). */
    void delete() throws IOException {
        Files.deleteIfExists(dir.resolve(PROGRESS));
        Files.deleteIfExists(dir.resolve(CANDLES));
        Files.deleteIfExists(dir.resolve(TRADES));
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var entries = Files.list(dir)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(dir);
            }
        }
    }

    private List<String> rows(String name, int count) throws IOException {
        Path file = dir.resolve(name);
        if (count == 0) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < count) {
            throw new IOException(file + " has " + lines.size() + " rows where its progress file counts " + count
                    + "; delete " + dir.resolve(PROGRESS) + " to record from the start");
        }
        return lines.subList(0, count);
    }

    private void append(String name, CharSequence text) throws IOException {
        Files.createDirectories(dir);
        try (FileChannel channel = FileChannel.open(dir.resolve(name), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
        }
    }

    /** Rows past the saved count came after the last progress was saved (a crash in between): they go. */
    private void dropUncountedRows(String name, int count) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            return;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() > count) {
            AtomicFiles.writeLines(file, lines.subList(0, count));
        }
    }

    private void saveProgress() throws IOException {
        ObjectNode p = JSON.createObjectNode();
        p.put("request", request);
        p.put("next_candle_start", nextCandleStart);
        p.put("candle_rows", candleRows);
        p.put("trade_cursor", tradeCursor);
        p.put("trade_rows", tradeRows);
        p.put("trades_done", tradesDone);
        AtomicFiles.write(dir.resolve(PROGRESS), JSON.writeValueAsBytes(p));
    }
}
