package io.gridbench.backtest.data;

import io.gridbench.exchange.marketdata.CandleInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class CandleCsvTest {
    private static final String HEADER = "timestamp,open,high,low,close,volume\n";

    @TempDir
    Path dir;

    private Path write(String name, String body) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, body);
        return p;
    }

    private DataFormatException failure(String body) throws IOException {
        Path p = write("candles-1m.csv", body);
        return catchData(() -> CandleCsv.load(p, null, false));
    }

    static DataFormatException catchData(Runnable r) {
        try {
            r.run();
        } catch (DataFormatException e) {
            return e;
        }
        throw new AssertionError("expected a DataFormatException");
    }

    @Test
    void loadsIsoAndEpochTimestampsIntoTicks() throws IOException {
        Path p = write("candles-1m.csv", HEADER
                + "2026-08-01T00:00:00Z,2.50,2.60,2.40,2.55,10\n"
                + "1785542460000,2.55,2.55,2.55,2.55,0\n");
        CandleSeries s = CandleCsv.load(p, null, false);
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.intervalMillis()).isEqualTo(60_000);
        assertThat(s.openTime(0)).isEqualTo(1785542400000L);
        assertThat(s.closeTime(0)).isEqualTo(s.openTime(1));
        assertThat(s.high(0)).isEqualTo(260);
        assertThat(s.volume(0)).isEqualTo(10);
    }

    @Test
    void readsGzipByName() throws IOException {
        Path p = dir.resolve("candles-5m.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write((HEADER + "2026-08-01T00:05:00Z,1,1,1,1,3\n").getBytes(StandardCharsets.UTF_8));
        }
        CandleSeries s = CandleCsv.load(p, null, false);
        assertThat(s.intervalMillis()).isEqualTo(CandleInterval.FIVE_MINUTES.millis());
        assertThat(s.close(0)).isEqualTo(100);
    }

    @Test
    void intervalIsReadFromTheEndOfAnyFileName() {
        assertThat(CandleCsv.intervalFromName(Path.of("data", "candles-1m.csv.gz"))).isEqualTo(CandleInterval.ONE_MINUTE);
        assertThat(CandleCsv.intervalFromName(Path.of("chat-fast-candles-5m.csv"))).isEqualTo(CandleInterval.FIVE_MINUTES);
        assertThat(CandleCsv.intervalFromName(Path.of("text_prime_1h.csv.gz"))).isEqualTo(CandleInterval.ONE_HOUR);
        assertThat(CandleCsv.intervalFromName(Path.of("candles-1m.json"))).isNull();
        assertThat(CandleCsv.intervalFromName(Path.of("candles-2m.csv"))).isNull();
    }

    @Test
    void theIntervalComesFromTheTimestampsWhateverTheFileName() throws IOException {
        Path p = write("my-candles.csv", HEADER + "2026-08-01T00:00:00Z,1,1,1,1,3\n"
                + "2026-08-01T01:00:00Z,1,1,1,1,3\n2026-08-01T02:00:00Z,1,1,1,1,3\n");
        assertThat(CandleCsv.load(p, null, false).intervalMillis()).isEqualTo(CandleInterval.ONE_HOUR.millis());
    }

    @Test
    void theMostCommonStepWinsOverAGap() throws IOException {
        Path p = write("bars.csv", HEADER + "2026-08-01T00:00:00Z,1,1,1,1,3\n"
                + "2026-08-01T00:10:00Z,1,1,1,1,3\n2026-08-01T00:15:00Z,1,1,1,1,3\n2026-08-01T00:20:00Z,1,1,1,1,3\n");
        assertThat(CandleCsv.load(p, null, true).intervalMillis()).isEqualTo(CandleInterval.FIVE_MINUTES.millis());
        DataFormatException gap = catchData(() -> CandleCsv.load(p, null, false));
        assertThat(gap.line()).isEqualTo(3);
        assertThat(gap.detail()).contains("1 missing 5m bar(s)");
    }

    @Test
    void aFileNameThatDisagreesWithTheTimestampsIsAnError() throws IOException {
        Path p = write("candles-1h.csv", HEADER + "2026-08-01T00:00:00Z,1,1,1,1,3\n2026-08-01T00:01:00Z,1,1,1,1,3\n");
        DataFormatException e = catchData(() -> CandleCsv.load(p, null, false));
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.detail()).isEqualTo("the file name says 1h bars but the timestamps are 1m apart; rename the file"
                + " or give --interval");
    }

    @Test
    void aStepThatIsNoBarIntervalNamesTheLineWhereItFirstShows() throws IOException {
        Path p = write("bars.csv", HEADER + "2026-08-01T00:00:00Z,1,1,1,1,3\n"
                + "2026-08-01T00:02:00Z,1,1,1,1,3\n2026-08-01T00:04:00Z,1,1,1,1,3\n");
        DataFormatException e = catchData(() -> CandleCsv.load(p, null, false));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.detail()).contains("120 s, is not a bar interval");
    }

    @Test
    void intervalMustBeInferableOrGiven() throws IOException {
        Path p = write("bars.csv", HEADER + "2026-08-01T01:00:00Z,1,1,1,1,3\n");
        assertThat(catchData(() -> CandleCsv.load(p, null, false)).detail()).contains("cannot infer");
        assertThat(CandleCsv.load(p, CandleInterval.ONE_HOUR, false).size()).isEqualTo(1);
    }

    @Test
    void wrongHeaderNamesTheFirstWrongColumn() throws IOException {
        DataFormatException e = failure("timestamp,open,hi,low,close,volume\n2026-08-01T00:00:00Z,1,1,1,1,1\n");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.columnName()).isEqualTo("high");
        assertThat(e.getMessage()).startsWith(dir.resolve("candles-1m.csv") + ":1:3: ");
    }

    @Test
    void missingHeaderIsAnError() throws IOException {
        DataFormatException e = failure("2026-08-01T00:00:00Z,1,1,1,1,1\n");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(1);
    }

    @Test
    void nonNumericPriceNamesLineAndColumn() throws IOException {
        DataFormatException e = failure(HEADER + "2026-08-01T00:00:00Z,1,1,1,1,1\n2026-08-01T00:01:00Z,1,x,1,1,1\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.columnName()).isEqualTo("high");
        assertThat(e.detail()).contains("'x'");
    }

    @Test
    void negativeVolumeIsAnError() throws IOException {
        DataFormatException e = failure(HEADER + "2026-08-01T00:00:00Z,1,1,1,1,-4\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(6);
        assertThat(e.detail()).contains("negative");
    }

    @Test
    void negativePriceIsAnError() throws IOException {
        DataFormatException e = failure(HEADER + "2026-08-01T00:00:00Z,1,1,-1,1,4\n");
        assertThat(e.column()).isEqualTo(4);
        assertThat(e.detail()).contains("negative");
    }

    @Test
    void priceFinerThanATickIsAnError() throws IOException {
        DataFormatException e = failure(HEADER + "2026-08-01T00:00:00Z,1.005,2,1,1,4\n");
        assertThat(e.column()).isEqualTo(2);
        assertThat(e.detail()).contains("0.01 tick");
    }

    @Test
    void highBelowLowIsAnError() throws IOException {
        DataFormatException e = failure(HEADER + "2026-08-01T00:00:00Z,1,1,2,1,4\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.detail()).contains("below low");
    }

    @Test
    void closeOutsideTheRangeIsAnError() throws IOException {
        DataFormatException e = failure(HEADER + "2026-08-01T00:00:00Z,1,2,1,3,4\n");
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.columnName()).isEqualTo("close");
    }

    @Test
    void openOutsideTheRangeIsAnError() throws IOException {
        DataFormatException e = failure(HEADER + "2026-08-01T00:00:00Z,0.5,2,1,1,4\n");
        assertThat(e.column()).isEqualTo(2);
    }

    @Test
    void duplicateTimestampIsAnError() throws IOException {
        DataFormatException e = failure(HEADER + "2026-08-01T00:00:00Z,1,1,1,1,1\n2026-08-01T00:00:00Z,1,1,1,1,1\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.detail()).contains("duplicate");
    }

    @Test
    void unsortedTimestampsAreAnError() throws IOException {
        DataFormatException e = failure(HEADER + "2026-08-01T00:01:00Z,1,1,1,1,1\n2026-08-01T00:00:00Z,1,1,1,1,1\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.detail()).contains("out of order");
    }

    @Test
    void gapIsAnErrorUnlessAllowed() throws IOException {
        String body = HEADER + "2026-08-01T00:00:00Z,1,1,1,1,1\n2026-08-01T00:03:00Z,1,1,1,1,1\n";
        DataFormatException e = failure(body);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.detail()).contains("2 missing 1m bar(s)");
        Path p = write("candles-1m.csv", body);
        CandleSeries s = CandleCsv.load(p, null, true);
        assertThat(CandleCsv.gapCount(s)).isEqualTo(2);
    }

    @Test
    void misalignedBarIsAnError() throws IOException {
        DataFormatException e = failure(HEADER + "2026-08-01T00:00:30Z,1,1,1,1,1\n");
        assertThat(e.detail()).contains("not aligned");
    }

    @Test
    void badTimestampNamesColumnOne() throws IOException {
        DataFormatException e = failure(HEADER + "2026-08-01 00:00:00,1,1,1,1,1\n");
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.columnName()).isEqualTo("timestamp");
    }

    @Test
    void missingFieldNamesTheMissingColumn() throws IOException {
        DataFormatException e = failure(HEADER + "2026-08-01T00:00:00Z,1,1,1,1\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(6);
        assertThat(e.columnName()).isEqualTo("volume");
    }

    @Test
    void extraFieldIsAnError() throws IOException {
        DataFormatException e = failure(HEADER + "2026-08-01T00:00:00Z,1,1,1,1,1,9\n");
        assertThat(e.column()).isEqualTo(7);
        assertThat(e.detail()).contains("too many fields");
    }

    @Test
    void emptyValueIsAnError() throws IOException {
        DataFormatException e = failure(HEADER + "2026-08-01T00:00:00Z,1,,1,1,1\n");
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.detail()).isEqualTo("empty value");
    }
}
