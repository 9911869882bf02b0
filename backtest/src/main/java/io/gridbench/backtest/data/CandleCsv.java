package io.gridbench.backtest.data;

import io.gridbench.exchange.market.Prices;
import io.gridbench.exchange.marketdata.CandleInterval;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a candles CSV ({@code timestamp,open,high,low,close,volume}; see {@code data/README.md}) into a
 * {@link CandleSeries}: a line scan checks every field, Tablesaw reads the typed columns, and the bars are then
 * checked for consistency (high/low, order, duplicates, alignment, gaps).
 */
public final class CandleCsv {
    static final String[] HEADER = {"timestamp", "open", "high", "low", "close", "volume"};
    private static final Pattern NAME = Pattern.compile("candles-(1m|5m|1h|4h|1d)\\.csv(\\.gz)?");
    private static final ColumnType[] TYPES = {ColumnType.STRING, ColumnType.DOUBLE, ColumnType.DOUBLE,
            ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.LONG};

    private CandleCsv() {
    }

    /** The interval a file name such as {@code candles-1m.csv.gz} declares, or {@code null}. */
    public static CandleInterval intervalFromName(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? CandleInterval.fromWire(m.group(1)) : null;
    }

    /**
     * Loads and validates a candles file.
     *
     * @param interval  the bar interval, or {@code null} to infer it from the file name
     * @param allowGaps when false a missing bar is an error; when true gaps are allowed (but still reported by
     *                  {@link #gapCount(CandleSeries)})
     * @throws DataFormatException naming file, line and column of the first problem
     */
    public static CandleSeries load(Path file, CandleInterval interval, boolean allowGaps) {
        CsvFile csv = new CsvFile(file, HEADER);
        CandleInterval iv = interval != null ? interval : intervalFromName(file);
        if (iv == null) {
            throw new DataFormatException(csv.name(), 1, 1, null,
                    "cannot infer the bar interval from the file name (expected candles-1m.csv[.gz], -5m, -1h, -4h"
                            + " or -1d); give it explicitly with --interval");
        }
        csv.scan((line, f) -> {
            csv.timestamp(line, 1, f[0]);
            for (int c = 1; c <= 4; c++) {
                csv.price(line, c + 1, f[c]);
            }
            csv.wholeNumber(line, 6, f[5]);
        });
        Table table = read(file);
        int n = table.rowCount();
        long[] t = new long[n];
        long[] o = ticks(table.doubleColumn(1).asDoubleArray());
        long[] h = ticks(table.doubleColumn(2).asDoubleArray());
        long[] l = ticks(table.doubleColumn(3).asDoubleArray());
        long[] c = ticks(table.doubleColumn(4).asDoubleArray());
        long[] v = table.longColumn(5).asLongArray();
        var stamps = table.stringColumn(0);
        long step = iv.millis();
        for (int i = 0; i < n; i++) {
            long line = i + 2L;
            t[i] = Timestamps.parseMillis(stamps.get(i));
            if (h[i] < l[i]) {
                throw csv.error(line, 3, "high " + Prices.format(h[i]) + " is below low " + Prices.format(l[i]));
            }
            if (o[i] < l[i] || o[i] > h[i]) {
                throw csv.error(line, 2, "open " + Prices.format(o[i]) + " is outside [low, high]");
            }
            if (c[i] < l[i] || c[i] > h[i]) {
                throw csv.error(line, 5, "close " + Prices.format(c[i]) + " is outside [low, high]");
            }
            if (Math.floorMod(t[i], step) != 0) {
                throw csv.error(line, 1, "bar open time " + stamps.get(i) + " is not aligned to the "
                        + iv.wire() + " interval");
            }
            if (i > 0) {
                long d = t[i] - t[i - 1];
                if (d == 0) {
                    throw csv.error(line, 1, "duplicate timestamp " + stamps.get(i) + " (also on line " + (line - 1)
                            + ")");
                }
                if (d < 0) {
                    throw csv.error(line, 1, "timestamps out of order: " + stamps.get(i) + " comes after "
                            + stamps.get(i - 1));
                }
                if (d != step && !allowGaps) {
                    throw csv.error(line, 1, "gap: " + (d / step - 1) + " missing " + iv.wire() + " bar(s) between "
                            + stamps.get(i - 1) + " and " + stamps.get(i) + " (use --allow-gaps to accept gaps)");
                }
            }
        }
        return new CandleSeries(step, t, o, h, l, c, v);
    }

    /** Number of missing bars between the first and the last. */
    public static long gapCount(CandleSeries s) {
        if (s.size() == 0) {
            return 0;
        }
        long span = (s.openTime(s.size() - 1) - s.openTime(0)) / s.intervalMillis() + 1;
        return span - s.size();
    }

    private static Table read(Path file) {
        try (InputStream in = CsvFile.open(file)) {
            return Table.read().usingOptions(CsvReadOptions.builder(in).header(true).columnTypes(TYPES)
                    .tableName(file.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static long[] ticks(double[] prices) {
        long[] out = new long[prices.length];
        for (int i = 0; i < prices.length; i++) {
            // The scan proved each value is a whole number of ticks, so rounding only removes binary noise.
            out[i] = Math.round(prices[i] * Prices.TICKS_PER_DOLLAR);
        }
        return out;
    }
}
