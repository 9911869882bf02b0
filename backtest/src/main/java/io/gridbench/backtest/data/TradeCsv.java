package io.gridbench.backtest.data;

import io.gridbench.exchange.market.Side;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Loads a trade-prints CSV ({@code timestamp,trade_id,price,quantity,aggressor_side}; see {@code data/README.md})
 * into a {@link TradeSeries}: a line scan checks every field, Tablesaw reads the typed columns, then time order is
 * checked (equal timestamps are allowed: one aggressive order can print several trades in the same millisecond).
 */
public final class TradeCsv {
    static final String[] HEADER = {"timestamp", "trade_id", "price", "quantity", "aggressor_side"};
    private static final ColumnType[] TYPES = {ColumnType.STRING, ColumnType.STRING, ColumnType.DOUBLE,
            ColumnType.LONG, ColumnType.STRING};

    private TradeCsv() {
    }

    /**
     * Loads and validates a trades file.
     *
     * @throws DataFormatException naming file, line and column of the first problem
     */
    public static TradeSeries load(Path file) {
        CsvFile csv = new CsvFile(file, HEADER);
        csv.scan((line, f) -> {
            csv.timestamp(line, 1, f[0]);
            if (csv.price(line, 3, f[2]) == 0) {
                throw csv.error(line, 3, "price must be positive");
            }
            if (csv.wholeNumber(line, 4, f[3]) == 0) {
                throw csv.error(line, 4, "quantity must be at least 1 unit");
            }
            if (Side.fromWire(f[4]) == null || !f[4].equals(f[4].toLowerCase(java.util.Locale.ROOT))) {
                throw csv.error(line, 5, "aggressor_side must be 'buy' or 'sell' but was '" + f[4] + "'");
            }
        });
        Table table;
        try (InputStream in = CsvFile.open(file)) {
            table = Table.read().usingOptions(CsvReadOptions.builder(in).header(true).columnTypes(TYPES)
                    .tableName(file.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        int n = table.rowCount();
        long[] t = new long[n];
        long[] p = CandleCsv.ticks(table.doubleColumn(2).asDoubleArray());
        long[] q = table.longColumn(3).asLongArray();
        boolean[] buy = new boolean[n];
        var stamps = table.stringColumn(0);
        var sides = table.stringColumn(4);
        for (int i = 0; i < n; i++) {
            t[i] = Timestamps.parseMillis(stamps.get(i));
            buy[i] = "buy".equals(sides.get(i));
            if (i > 0 && t[i] < t[i - 1]) {
                throw csv.error(i + 2L, 1, "trade prints out of order: " + stamps.get(i) + " comes after "
                        + stamps.get(i - 1));
            }
        }
        return new TradeSeries(t, p, q, buy);
    }
}
