package io.gridbench.backtest.data;

import io.gridbench.exchange.market.Side;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Loads a trade-prints CSV ({@code timestamp,trade_id,price,quantity,aggressor_side}; see {@code data/README.md})
 * into a {@link TradeSeries} in one pass: the line scan checks and parses every field, including time order (equal
 * timestamps are allowed: one aggressive order can print several trades in the same millisecond) and trade-id
 * uniqueness (a print listed twice would count its volume twice).
 */
public final class TradeCsv {
    static final String[] HEADER = {"timestamp", "trade_id", "price", "quantity", "aggressor_side"};

    private TradeCsv() {
    }

    /**
     * Loads and validates a trades file.
     *
     * @throws DataFormatException naming file, line and column of the first problem
     */
    public static TradeSeries load(Path file) {
        CsvFile csv = new CsvFile(file, HEADER);
        LongList tl = new LongList(1 << 12);
        LongList pl = new LongList(1 << 12);
        LongList ql = new LongList(1 << 12);
        LongList bl = new LongList(1 << 12);
        // Ids are only needed while loading: the series keeps none, so replay never touches a string.
        Map<String, Long> firstLineOfId = new HashMap<>(1 << 12);
        csv.scan((line, f) -> {
            long time = csv.timestamp(line, 1, f[0]);
            if (tl.size() > 0 && time < tl.get(tl.size() - 1)) {
                throw csv.error(line, 1, "trade prints out of order: " + f[0] + " comes after "
                        + Timestamps.format(tl.get(tl.size() - 1)));
            }
            Long earlier = firstLineOfId.putIfAbsent(f[1], line);
            if (earlier != null) {
                throw csv.error(line, 2, "duplicate trade_id '" + f[1] + "': already on line " + earlier);
            }
            long price = csv.price(line, 3, f[2]);
            if (price == 0) {
                throw csv.error(line, 3, "price must be positive");
            }
            long qty = csv.wholeNumber(line, 4, f[3]);
            if (qty == 0) {
                throw csv.error(line, 4, "quantity must be at least 1 unit");
            }
            if (Side.fromWire(f[4]) == null || !f[4].equals(f[4].toLowerCase(Locale.ROOT))) {
                throw csv.error(line, 5, "aggressor_side must be 'buy' or 'sell' but was '" + f[4] + "'");
            }
            tl.add(time);
            pl.add(price);
            ql.add(qty);
            bl.add("buy".equals(f[4]) ? 1 : 0);
        });
        long[] t = tl.toArray();
        long[] p = pl.toArray();
        long[] q = ql.toArray();
        boolean[] buy = new boolean[t.length];
        for (int i = 0; i < buy.length; i++) {
            buy[i] = bl.get(i) == 1;
        }
        return new TradeSeries(t, p, q, buy);
    }
}
