package io.gridbench.backtest.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.gridbench.backtest.data.CandleCsvTest.catchData;
import static org.assertj.core.api.Assertions.assertThat;

class TradeCsvTest {
    private static final String HEADER = "timestamp,trade_id,price,quantity,aggressor_side\n";

    @TempDir
    Path dir;

    private DataFormatException failure(String body) throws IOException {
        Path p = dir.resolve("trades.csv");
        Files.writeString(p, body);
        return catchData(() -> TradeCsv.load(p));
    }

    @Test
    void loadsPrintsWithSameMillisecondAllowed() throws IOException {
        Path p = dir.resolve("trades.csv");
        Files.writeString(p, HEADER + "2026-08-01T00:00:00.250Z,t1,2.50,3,buy\n"
                + "2026-08-01T00:00:00.250Z,t2,2.49,1,sell\n");
        TradeSeries s = TradeCsv.load(p);
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.time(0)).isEqualTo(1785542400250L);
        assertThat(s.price(1)).isEqualTo(249);
        assertThat(s.buyAggressor(0)).isTrue();
        assertThat(s.buyAggressor(1)).isFalse();
    }

    @Test
    void wrongHeaderIsAnError() throws IOException {
        DataFormatException e = failure("timestamp,id,price,quantity,aggressor_side\n");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e.columnName()).isEqualTo("trade_id");
    }

    @Test
    void badAggressorSideIsAnError() throws IOException {
        DataFormatException e = failure(HEADER + "2026-08-01T00:00:00Z,t1,2.50,3,bid\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.columnName()).isEqualTo("aggressor_side");
    }

    @Test
    void zeroQuantityIsAnError() throws IOException {
        DataFormatException e = failure(HEADER + "2026-08-01T00:00:00Z,t1,2.50,0,buy\n");
        assertThat(e.column()).isEqualTo(4);
    }

    @Test
    void fractionalQuantityIsAnError() throws IOException {
        DataFormatException e = failure(HEADER + "2026-08-01T00:00:00Z,t1,2.50,1.5,buy\n");
        assertThat(e.column()).isEqualTo(4);
        assertThat(e.detail()).contains("whole number");
    }

    @Test
    void printsOutOfOrderAreAnError() throws IOException {
        DataFormatException e = failure(HEADER + "2026-08-01T00:00:01Z,t1,2.50,1,buy\n"
                + "2026-08-01T00:00:00Z,t2,2.50,1,buy\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.detail()).contains("out of order");
    }

    @Test
    void nonNumericPriceIsAnError() throws IOException {
        DataFormatException e = failure(HEADER + "2026-08-01T00:00:00Z,t1,abc,1,buy\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(3);
    }

    @Test
    void aTradeIdListedTwiceIsAnErrorNamingTheFirstLine() throws IOException {
        DataFormatException e = failure(HEADER + "2026-08-01T00:00:00Z,t1,2.50,3,buy\n"
                + "2026-08-01T00:00:01Z,t2,2.51,1,sell\n"
                + "2026-08-01T00:00:02Z,t1,2.49,5,sell\n");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e.columnName()).isEqualTo("trade_id");
        assertThat(e.getMessage()).contains("trades.csv:4:2:", "'t1'", "line 2");
    }

    @Test
    void anIdenticalRepeatedPrintIsAnError() throws IOException {
        String print = "2026-08-01T00:00:00Z,t1,2.50,3,buy\n";
        DataFormatException e = failure(HEADER + print + print);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.columnName()).isEqualTo("trade_id");
    }
}
