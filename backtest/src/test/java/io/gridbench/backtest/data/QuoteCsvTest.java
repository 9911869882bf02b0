package io.gridbench.backtest.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.gridbench.backtest.data.CandleCsvTest.catchData;
import static org.assertj.core.api.Assertions.assertThat;

class QuoteCsvTest {
    private static final String HEADER = "timestamp,bid,bid_size,ask,ask_size\n";

    @TempDir
    Path dir;

    private DataFormatException failure(String body) throws IOException {
        Path p = dir.resolve("quotes.csv");
        Files.writeString(p, HEADER + body);
        return catchData(() -> QuoteCsv.load(p));
    }

    @Test
    void loadsQuotesWithAnEmptySideAsZero() throws IOException {
        Path p = dir.resolve("quotes.csv");
        Files.writeString(p, HEADER + "2026-08-01T00:00:00Z,2.38,40,2.42,40\n2026-08-01T00:00:01Z,0,0,2.42,12\n");
        QuoteSeries q = QuoteCsv.load(p);
        assertThat(q.size()).isEqualTo(2);
        assertThat(q.bid(0)).isEqualTo(238);
        assertThat(q.askSize(1)).isEqualTo(12);
        assertThat(q.bid(1)).isZero();
    }

    @Test
    void aCrossedQuoteIsAnErrorAtTheAsk() throws IOException {
        DataFormatException e = failure("2026-08-01T00:00:00Z,2.42,40,2.42,40\n");
        assertThat(e.getMessage()).startsWith(dir.resolve("quotes.csv") + ":2:4: column 'ask': ask 2.42 must be"
                + " above the bid 2.42");
    }

    @Test
    void aSizeWithoutAPriceIsAnError() throws IOException {
        DataFormatException e = failure("2026-08-01T00:00:00Z,0,5,2.42,40\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.columnName()).isEqualTo("bid_size");
    }

    @Test
    void quotesOutOfOrderAreAnError() throws IOException {
        DataFormatException e = failure("2026-08-01T00:00:01Z,2.38,4,2.42,4\n2026-08-01T00:00:00Z,2.38,4,2.42,4\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(1);
    }

    @Test
    void aSliceStartsWithTheQuoteInForce() {
        QuoteSeries q = new QuoteSeries(new long[]{0, 10, 20}, new long[]{1, 2, 3}, new long[]{1, 1, 1},
                new long[]{5, 6, 7}, new long[]{1, 1, 1});
        QuoteSeries s = q.between(15, 20);
        assertThat(s.size()).isEqualTo(1);
        assertThat(s.time(0)).isEqualTo(15);
        assertThat(s.bid(0)).isEqualTo(2);
    }
}
