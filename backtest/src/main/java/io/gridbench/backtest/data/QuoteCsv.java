package io.gridbench.backtest.data;

import java.nio.file.Path;

/**
 * Loads a top-of-book quotes CSV ({@code timestamp,bid,bid_size,ask,ask_size}; see {@code data/README.md}) into a
 * {@link QuoteSeries} in one pass, checking every field: non-decreasing time, whole-cent prices, whole-unit sizes,
 * an empty side written as price and size 0, and a bid below the ask.
 */
public final class QuoteCsv {
    static final String[] HEADER = {"timestamp", "bid", "bid_size", "ask", "ask_size"};

    private QuoteCsv() {
    }

    /**
     * Loads and validates a quotes file.
     *
     * @throws DataFormatException naming file, line and column of the first problem
     */
    public static QuoteSeries load(Path file) {
        CsvFile csv = new CsvFile(file, HEADER);
        LongList tl = new LongList(1 << 12);
        LongList bl = new LongList(1 << 12);
        LongList bsl = new LongList(1 << 12);
        LongList al = new LongList(1 << 12);
        LongList asl = new LongList(1 << 12);
        csv.scan((line, f) -> {
            long time = csv.timestamp(line, 1, f[0]);
            if (tl.size() > 0 && time < tl.get(tl.size() - 1)) {
                throw csv.error(line, 1, "quotes out of order: " + f[0] + " comes after "
                        + Timestamps.format(tl.get(tl.size() - 1)));
            }
            long bid = csv.price(line, 2, f[1]);
            long bidSize = csv.wholeNumber(line, 3, f[2]);
            long ask = csv.price(line, 4, f[3]);
            long askSize = csv.wholeNumber(line, 5, f[4]);
            if ((bid == 0) != (bidSize == 0)) {
                throw csv.error(line, 3, "bid_size must be 0 exactly when bid is 0 (no bid resting), got bid "
                        + f[1] + " and size " + f[2]);
            }
            if ((ask == 0) != (askSize == 0)) {
                throw csv.error(line, 5, "ask_size must be 0 exactly when ask is 0 (no ask resting), got ask "
                        + f[3] + " and size " + f[4]);
            }
            if (bid > 0 && ask > 0 && bid >= ask) {
                throw csv.error(line, 4, "ask " + f[3] + " must be above the bid " + f[1]);
            }
            tl.add(time);
            bl.add(bid);
            bsl.add(bidSize);
            al.add(ask);
            asl.add(askSize);
        });
        return new QuoteSeries(tl.toArray(), bl.toArray(), bsl.toArray(), al.toArray(), asl.toArray());
    }
}
