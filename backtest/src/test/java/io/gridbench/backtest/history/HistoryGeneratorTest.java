package io.gridbench.backtest.history;

import io.gridbench.exchange.marketdata.TradePrint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryGeneratorTest {
    private static final GeneratorRun ONE_DAY = new GeneratorRun(7, 1, LocalDate.of(2026, 8, 1),
            List.of("chat-fast", "text-prime"), GeneratorRun.defaultSettings());

    @TempDir
    static Path dir;

    @BeforeAll
    static void generateTwice() throws IOException {
        new HistoryGenerator(ONE_DAY, "test", line -> { }).generate(dir.resolve("a"));
        new HistoryGenerator(ONE_DAY, "test", line -> { }).generate(dir.resolve("b"));
    }

    @Test
    void theSameArgumentsGiveByteIdenticalFiles() throws IOException {
        for (String instrument : ONE_DAY.instruments()) {
            for (String file : List.of(HistoryCsv.CANDLES_FILE, HistoryCsv.TRADES_FILE,
                    HistoryGenerator.MANIFEST_FILE)) {
                assertThat(Files.readAllBytes(dir.resolve("a").resolve(instrument).resolve(file)))
                        .as(instrument + "/" + file)
                        .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(instrument).resolve(file)));
            }
        }
    }

    @Test
    void aDayHasOneCandleRowPerMinuteFromMidnight() throws IOException {
        List<String> lines = HistoryCsvTest.gunzip(dir.resolve("a/chat-fast/candles-1m.csv.gz")).lines().toList();

        assertThat(lines.get(0)).isEqualTo(HistoryCsv.CANDLES_HEADER);
        assertThat(lines).hasSize(1 + 1440);
        assertThat(lines.get(1)).startsWith("2026-08-01T00:00:00Z,");
        assertThat(lines.get(1440)).startsWith("2026-08-01T23:59:00Z,");
    }

    @Test
    void tradesAreSortedByTimeAndInsideTheDay() throws IOException {
        List<String> lines = HistoryCsvTest.gunzip(dir.resolve("a/text-prime/trades.csv.gz")).lines().toList();

        assertThat(lines.get(0)).isEqualTo(HistoryCsv.TRADES_HEADER);
        List<String> times = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            times.add(line.substring(0, line.indexOf(',')));
        }
        assertThat(times).hasSizeGreaterThan(200).isSorted().allMatch(t -> t.startsWith("2026-08-01T"));
    }

    @Test
    void theManifestRecordsSeedDaysStartAndSettings() throws IOException {
        String json = Files.readString(dir.resolve("a/chat-fast").resolve(HistoryGenerator.MANIFEST_FILE));

        assertThat(json).contains("\"seed\" : 7", "\"days\" : 1", "\"start\" : \"2026-08-01\"",
                "\"gridbench_version\" : \"test\"", "\"ordersPerMinute\"");
    }

    @Test
    void simulatingCollectsEveryTradeOnce() {
        Map<String, List<TradePrint>> trades = new HistoryGenerator(ONE_DAY, "test", line -> { }).simulate();

        List<TradePrint> chat = trades.get("chat-fast");
        assertThat(chat.stream().map(TradePrint::tradeId).distinct().count()).isEqualTo(chat.size());
    }
}
