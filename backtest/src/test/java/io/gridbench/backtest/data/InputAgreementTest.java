package io.gridbench.backtest.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Candles and trades of different instruments or periods are refused, not replayed. */
class InputAgreementTest {
    private static final String CANDLES = "timestamp,open,high,low,close,volume\n"
            + "2026-08-01T00:00:00Z,2.40,2.40,2.40,2.40,1\n"
            + "2026-08-01T00:01:00Z,2.40,2.40,2.40,2.40,1\n";
    private static final String TRADES = "timestamp,trade_id,price,quantity,aggressor_side\n"
            + "2026-08-01T00:00:10Z,trade_1,2.40,1,buy\n"
            + "2026-08-01T00:01:10Z,trade_2,2.40,1,sell\n";

    @TempDir
    Path dir;

    private Path folder(String name, String instrument, String manifest) throws IOException {
        Path d = Files.createDirectories(dir.resolve(name));
        Files.writeString(d.resolve("candles-1m.csv"), CANDLES);
        Files.writeString(d.resolve("trades.csv"), TRADES);
        if (instrument != null) {
            Files.writeString(d.resolve(manifest), "{\"instrument\": \"" + instrument + "\", \"seed\": 1}");
        }
        return d;
    }

    @Test
    void candlesAndTradesOfDifferentInstrumentsAreRefused() throws IOException {
        Path fast = folder("fast", "chat-fast", "generator.json");
        Path prime = folder("prime", "text-prime", "source.json");
        assertThatThrownBy(() -> MarketData.load(fast.resolve("candles-1m.csv"), prime.resolve("trades.csv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("are chat-fast (" + fast.resolve("generator.json"))
                .hasMessageContaining("are text-prime (" + prime.resolve("source.json"));
    }

    @Test
    void filesOfOneInstrumentLoad() throws IOException {
        Path fast = folder("fast", "chat-fast", "generator.json");
        Path copy = folder("copy", "chat-fast", "source.json");
        MarketData d = MarketData.load(fast.resolve("candles-1m.csv"), copy.resolve("trades.csv"));
        assertThat(d.trades().size()).isEqualTo(2);
    }

    @Test
    void filesWithoutAManifestAreCheckedOnlyForTheirPeriod() throws IOException {
        Path plain = folder("plain", null, null);
        Path fast = folder("fast", "chat-fast", "generator.json");
        assertThat(MarketData.load(plain.resolve("candles-1m.csv"), fast.resolve("trades.csv")).hasTrades())
                .isTrue();
    }

    @Test
    void aPrintAfterTheLastBarIsRefusedWithItsLine() throws IOException {
        Path d = folder("late", null, null);
        Files.writeString(d.resolve("trades.csv"), TRADES + "2026-08-01T00:02:00Z,trade_3,2.40,1,buy\n");
        assertThatThrownBy(() -> MarketData.load(d.resolve("candles-1m.csv"), d.resolve("trades.csv")))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith(d.resolve("trades.csv") + ":4:1: column 'timestamp': print at"
                        + " 2026-08-01T00:02:00Z is outside the candles' period 2026-08-01T00:00:00Z to"
                        + " 2026-08-01T00:02:00Z");
    }

    @Test
    void aPrintBeforeTheFirstBarIsRefusedWithItsLine() throws IOException {
        Path d = folder("early", null, null);
        Files.writeString(d.resolve("trades.csv"), "timestamp,trade_id,price,quantity,aggressor_side\n"
                + "2026-07-31T23:59:59Z,trade_0,2.40,1,buy\n" + TRADES.substring(TRADES.indexOf('\n') + 1));
        assertThatThrownBy(() -> MarketData.load(d.resolve("candles-1m.csv"), d.resolve("trades.csv")))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith(d.resolve("trades.csv") + ":2:1:");
    }
}
