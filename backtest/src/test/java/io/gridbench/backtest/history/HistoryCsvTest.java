package io.gridbench.backtest.history;

import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.marketdata.Candle;
import io.gridbench.exchange.marketdata.TradePrint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryCsvTest {
    private static final long T0 = 1_785_542_400_000L; // 2026-08-01T00:00:00Z

    @TempDir
    Path dir;

    @Test
    void candlesHaveTheSchemaHeaderOpenTimesAndTwoDecimalPrices() throws IOException {
        Path file = dir.resolve(HistoryCsv.CANDLES_FILE);
        HistoryCsv.writeCandles(file, List.of(new Candle(T0, 60_000, 240, 250, 235, 240, 12)));

        assertThat(gunzip(file)).isEqualTo("timestamp,open,high,low,close,volume\n"
                + "2026-08-01T00:00:00Z,2.40,2.50,2.35,2.40,12\n");
    }

    @Test
    void tradesHaveTheSchemaHeaderMillisecondTimesAndWireSides() throws IOException {
        Path file = dir.resolve(HistoryCsv.TRADES_FILE);
        HistoryCsv.writeTrades(file, List.of(new TradePrint(T0, "trade_1", 241, 5, Side.SELL),
                new TradePrint(T0 + 1_234, "trade_2", 305, 1, Side.BUY)));

        assertThat(gunzip(file)).isEqualTo("timestamp,trade_id,price,quantity,aggressor_side\n"
                + "2026-08-01T00:00:00.000Z,trade_1,2.41,5,sell\n"
                + "2026-08-01T00:00:01.234Z,trade_2,3.05,1,buy\n");
    }

    @Test
    void writingLeavesNoTemporaryFileBehind() throws IOException {
        HistoryCsv.writeTrades(dir.resolve(HistoryCsv.TRADES_FILE), List.of());

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(HistoryCsv.TRADES_FILE);
        }
    }

    @Test
    void theSameRowsGiveTheSameBytes() throws IOException {
        List<TradePrint> rows = List.of(new TradePrint(T0, "trade_1", 241, 5, Side.SELL));
        HistoryCsv.writeTrades(dir.resolve("a.csv.gz"), rows);
        HistoryCsv.writeTrades(dir.resolve("b.csv.gz"), rows);

        assertThat(Files.readAllBytes(dir.resolve("a.csv.gz"))).isEqualTo(Files.readAllBytes(dir.resolve("b.csv.gz")));
    }

    @Test
    void rewritingReplacesTheFile() throws IOException {
        Path file = dir.resolve(HistoryCsv.TRADES_FILE);
        HistoryCsv.writeTrades(file, List.of(new TradePrint(T0, "trade_1", 241, 5, Side.SELL)));
        HistoryCsv.writeTrades(file, List.of());

        assertThat(gunzip(file)).isEqualTo(HistoryCsv.TRADES_HEADER + "\n");
    }

    static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
