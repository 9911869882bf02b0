package io.gridbench.backtest.history;

import io.gridbench.backtest.data.QuoteCsv;
import io.gridbench.backtest.data.QuoteSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteTapeTest {
    private static final long T0 = 1_785_542_400_000L; // 2026-08-01T00:00:00Z

    @TempDir
    Path dir;

    @Test
    void onlyChangesAreKeptAndTheLastStateOfAMillisecondWins() {
        QuoteTape tape = new QuoteTape();
        tape.observe(T0, 238, 40, 242, 40);
        tape.observe(T0 + 5, 238, 40, 242, 40);
        tape.observe(T0 + 9, 238, 40, 242, 31);
        tape.observe(T0 + 9, 238, 40, 242, 20);
        assertThat(tape.size()).isEqualTo(2);
        assertThat(tape.askSize(1)).isEqualTo(20);
    }

    @Test
    void aChangeUndoneWithinItsMillisecondLeavesNoRow() {
        QuoteTape tape = new QuoteTape();
        tape.observe(T0, 238, 40, 242, 40);
        tape.observe(T0 + 9, 238, 40, 242, 20);
        tape.observe(T0 + 9, 238, 40, 242, 40);
        assertThat(tape.size()).isEqualTo(1);
    }

    @Test
    void writtenQuotesLoadBackAndStartWithTheOneInForce() throws IOException {
        QuoteTape tape = new QuoteTape();
        tape.observe(T0 - 5_000, 237, 40, 241, 40);
        tape.observe(T0 - 1_000, 238, 40, 242, 40);
        tape.observe(T0 + 1_500, 0, 0, 242, 12);
        tape.observe(T0 + 60_000, 239, 3, 242, 12);
        Path file = dir.resolve(HistoryCsv.QUOTES_FILE);
        HistoryCsv.writeQuotes(file, tape, T0, T0 + 60_000);
        QuoteSeries q = QuoteCsv.load(file);
        assertThat(q.size()).isEqualTo(2);
        assertThat(q.time(0)).isEqualTo(T0);
        assertThat(q.bid(0)).isEqualTo(238);
        assertThat(q.bid(1)).isZero();
        assertThat(q.askSize(1)).isEqualTo(12);
    }
}
