package io.gridbench.backtest.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.gridbench.exchange.files.AtomicFiles;
import io.gridbench.exchange.market.Prices;
import io.gridbench.exchange.marketdata.Candle;
import io.gridbench.exchange.marketdata.TradePrint;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the historical-data schema: {@code candles-1m.csv.gz} and {@code trades.csv.gz}. Each file is written to a
 * temporary sibling and renamed into place (so is the JSON beside them), so a failed run never leaves a half-written file. Output is
 * byte-for-byte deterministic (the gzip header carries no time stamp).
 */
public final class HistoryCsv {
    public static final String CANDLES_FILE = "candles-1m.csv.gz";
    public static final String TRADES_FILE = "trades.csv.gz";
    public static final String QUOTES_FILE = "quotes.csv.gz";
    public static final String QUOTES_HEADER = "timestamp,bid,bid_size,ask,ask_size";
    public static final String CANDLES_HEADER = "timestamp,open,high,low,close,volume";
    public static final String TRADES_HEADER = "timestamp,trade_id,price,quantity,aggressor_side";

    /** Bar open times: whole seconds, {@code 2026-08-01T00:00:00Z}. */
    public static final DateTimeFormatter BAR_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    /** Trade times: always three fraction digits, {@code 2026-08-01T00:00:00.120Z}. */
    public static final DateTimeFormatter TRADE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private HistoryCsv() {
    }

    public static void writeCandles(Path file, List<Candle> bars) throws IOException {
        writeAtomically(file, out -> {
            out.write(CANDLES_HEADER);
            out.write('\n');
            for (Candle c : bars) {
                out.write(BAR_TIME.format(Instant.ofEpochMilli(c.openTimeMillis())));
                out.write(',');
                out.write(Prices.format(c.open()));
                out.write(',');
                out.write(Prices.format(c.high()));
                out.write(',');
                out.write(Prices.format(c.low()));
                out.write(',');
                out.write(Prices.format(c.close()));
                out.write(',');
                out.write(Long.toString(c.volume()));
                out.write('\n');
            }
        });
    }

    public static void writeTrades(Path file, List<TradePrint> trades) throws IOException {
        writeAtomically(file, out -> {
            out.write(TRADES_HEADER);
            out.write('\n');
            for (TradePrint t : trades) {
                out.write(TRADE_TIME.format(Instant.ofEpochMilli(t.timestampMillis())));
                out.write(',');
                out.write(t.tradeId());
                out.write(',');
                out.write(Prices.format(t.priceTicks()));
                out.write(',');
                out.write(Long.toString(t.quantity()));
                out.write(',');
                out.write(t.aggressor().wire());
                out.write('\n');
            }
        });
    }

    /**
     * Writes trades in the trades schema with one more column, {@code strategy_side}: {@code buy} on the prints in
     * which a strategy under test bought (indices in {@code strategyBought}), empty on the others. For the fidelity
     * run's ground truth, so its own trades can be told apart.
     */
    public static void writeMarkedTrades(Path file, List<TradePrint> trades, BitSet strategyBought)
            throws IOException {
        writeAtomically(file, out -> {
            out.write(TRADES_HEADER);
            out.write(",strategy_side\n");
            for (int i = 0; i < trades.size(); i++) {
                TradePrint t = trades.get(i);
                out.write(TRADE_TIME.format(Instant.ofEpochMilli(t.timestampMillis())));
                out.write(',');
                out.write(t.tradeId());
                out.write(',');
                out.write(Prices.format(t.priceTicks()));
                out.write(',');
                out.write(Long.toString(t.quantity()));
                out.write(',');
                out.write(t.aggressor().wire());
                out.write(strategyBought.get(i) ? ",buy\n" : ",\n");
            }
        });
    }

    /** Writes a value as indented JSON with a final newline, atomically. */
    public static void writeJson(Path file, Object value) throws IOException {
        byte[] body = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(value);
        byte[] withNewline = Arrays.copyOf(body, body.length + 1);
        withNewline[body.length] = '\n';
        writeBytes(file, withNewline);
    }

    /** Writes plain bytes atomically (temporary sibling, then rename). */
    public static void writeBytes(Path file, byte[] content) throws IOException {
        AtomicFiles.write(file, content);
    }

    /**
     * Writes the quotes of {@code tape} in force during [start, end): rows before {@code startMillis} collapse into
     * the one in force at the start, stamped at the start; rows at or after {@code endMillis} are left out.
     */
    public static void writeQuotes(Path file, QuoteTape tape, long startMillis, long endMillis) throws IOException {
        writeAtomically(file, out -> {
            out.write(QUOTES_HEADER);
            out.write('\n');
            for (int i = 0; i < tape.size(); i++) {
                long at = tape.time(i);
                boolean supersededBeforeStart = i + 1 < tape.size() && tape.time(i + 1) <= startMillis;
                if (supersededBeforeStart || at >= endMillis) {
                    continue;
                }
                out.write(TRADE_TIME.format(Instant.ofEpochMilli(Math.max(at, startMillis))));
                out.write(',');
                out.write(quotePrice(tape.bid(i)));
                out.write(',');
                out.write(Long.toString(tape.bidSize(i)));
                out.write(',');
                out.write(quotePrice(tape.ask(i)));
                out.write(',');
                out.write(Long.toString(tape.askSize(i)));
                out.write('\n');
            }
        });
    }

    private static String quotePrice(long ticks) {
        return ticks == 0 ? "0" : Prices.format(ticks);
    }

    private static void writeAtomically(Path file, RowWriter rows) throws IOException {
        AtomicFiles.write(file, raw -> {
            try (GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
                 Writer out = new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8), 1 << 16)) {
                rows.write(out);
            }
        });
    }

    @FunctionalInterface
    private interface RowWriter {
        void write(Writer out) throws IOException;
    }
}
