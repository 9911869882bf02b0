package io.gridbench.backtest.data;

import io.gridbench.exchange.market.Prices;
import io.gridbench.exchange.marketdata.CandleInterval;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a candles CSV ({@code timestamp,open,high,low,close,volume}; see {@code data/README.md}) into a
 * {@link CandleSeries} in one pass: the line scan checks and parses every field into primitive arrays (no second
 * read: 90 days of 1-minute bars load in well under a second warm), then the bars are checked for consistency
 * (high/low, order, duplicates, alignment, gaps).
 *
 * <p>The bar interval comes from the timestamps: the most common step between consecutive bars, which every other
 * step must then be a whole multiple of (a gap) and every open time aligned to. A name such as
 * {@code candles-1m.csv.gz} is only a hint that must agree (the step is a whole number of the named bars), so
 * {@code my-candles.csv} loads too.
 */
public final class CandleCsv {
    static final String[] HEADER = {"timestamp", "open", "high", "low", "close", "volume"};
    private static final Pattern NAME = Pattern.compile("(?:.*[-_.])?(1m|5m|1h|4h|1d)\\.csv(\\.gz)?");

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
     * @param interval  the bar interval, or {@code null} to infer it from the timestamps (the file name, when it
     *                  names one, must agree; with a single bar the name is all there is)
     * @param allowGaps when false a missing bar is an error; when true gaps are allowed (but still reported by
     *                  {@link #gapCount(CandleSeries)})
     * @throws DataFormatException naming file, line and column of the first problem
     */
    public static CandleSeries load(Path file, CandleInterval interval, boolean allowGaps) {
        CsvFile csv = new CsvFile(file, HEADER);
        LongList tl = new LongList(1 << 12);
        LongList ol = new LongList(1 << 12);
        LongList hl = new LongList(1 << 12);
        LongList ll = new LongList(1 << 12);
        LongList cl = new LongList(1 << 12);
        LongList vl = new LongList(1 << 12);
        csv.scan((line, f) -> {
            tl.add(csv.timestamp(line, 1, f[0]));
            ol.add(csv.price(line, 2, f[1]));
            hl.add(csv.price(line, 3, f[2]));
            ll.add(csv.price(line, 4, f[3]));
            cl.add(csv.price(line, 5, f[4]));
            vl.add(csv.wholeNumber(line, 6, f[5]));
        });
        int n = tl.size();
        long[] t = tl.toArray();
        long[] o = ol.toArray();
        long[] h = hl.toArray();
        long[] l = ll.toArray();
        long[] c = cl.toArray();
        long[] v = vl.toArray();
        CandleInterval iv = interval != null ? interval : inferInterval(csv, file, t);
        long step = iv.millis();
        for (int i = 0; i < n; i++) {
            long line = i + 2L;
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
                throw csv.error(line, 1, "bar open time " + Timestamps.format(t[i]) + " is not aligned to the "
                        + iv.wire() + " interval");
            }
            if (i > 0) {
                long d = t[i] - t[i - 1];
                if (d == 0) {
                    throw csv.error(line, 1, "duplicate timestamp " + Timestamps.format(t[i]) + " (also on line " + (line - 1)
                            + ")");
                }
                if (d < 0) {
                    throw csv.error(line, 1, "timestamps out of order: " + Timestamps.format(t[i]) + " comes after "
                            + Timestamps.format(t[i - 1]));
                }
                if (d != step && !allowGaps) {
                    throw csv.error(line, 1, "gap: " + (d / step - 1) + " missing " + iv.wire() + " bar(s) between "
                            + Timestamps.format(t[i - 1]) + " and " + Timestamps.format(t[i]) + " (use --allow-gaps to accept gaps)");
                }
            }
        }
        return new CandleSeries(step, t, o, h, l, c, v);
    }

    /**
     * The interval the timestamps show (the most common positive step), checked against the file name's hint.
     * Sorting a copy of the steps costs a few milliseconds for 90 days of 1-minute bars, small beside the scan.
     */
    private static CandleInterval inferInterval(CsvFile csv, Path file, long[] t) {
        CandleInterval named = intervalFromName(file);
        long step = mostCommonStep(t);
        if (step == 0) {
            if (named == null) {
                throw new DataFormatException(csv.name(), 1, 1, null, "cannot infer the bar interval from fewer than"
                        + " two bars, and the file name does not name one (as in candles-1m.csv.gz); give it with"
                        + " --interval");
            }
            return named;
        }
        if (named != null && step % named.millis() == 0) {
            // Agrees: a sparse file of the named interval (every step a gap) is reported as gaps, not renamed.
            return named;
        }
        CandleInterval shown = null;
        for (CandleInterval i : CandleInterval.values()) {
            if (i.millis() == step) {
                shown = i;
            }
        }
        if (shown == null) {
            throw csv.error(firstStep(t, step) + 2L, 1, "the most common step between bars, "
                    + step / 1000 + " s, is not a bar interval (1m, 5m, 1h, 4h, 1d)");
        }
        if (named != null && named != shown) {
            throw new DataFormatException(csv.name(), 1, 1, null, "the file name says " + named.wire()
                    + " bars but the timestamps are " + shown.wire() + " apart; rename the file or give --interval");
        }
        return shown;
    }

    /** The most frequent positive difference between consecutive timestamps, or 0 when there is none. */
    static long mostCommonStep(long[] t) {
        long[] steps = new long[Math.max(0, t.length - 1)];
        int k = 0;
        for (int i = 1; i < t.length; i++) {
            long d = t[i] - t[i - 1];
            if (d > 0) {
                steps[k++] = d;
            }
        }
        Arrays.sort(steps, 0, k);
        long best = 0;
        int bestRun = 0;
        int i = 0;
        while (i < k) {
            int j = i;
            while (j < k && steps[j] == steps[i]) {
                j++;
            }
            if (j - i > bestRun) {
                bestRun = j - i;
                best = steps[i];
            }
            i = j;
        }
        return best;
    }

    /** Index of the bar that ends the first step of {@code step} millis. */
    private static int firstStep(long[] t, long step) {
        for (int i = 1; i < t.length; i++) {
            if (t[i] - t[i - 1] == step) {
                return i;
            }
        }
        return 0;
    }

    /** Number of missing bars between the first and the last. */
    public static long gapCount(CandleSeries s) {
        if (s.size() == 0) {
            return 0;
        }
        long span = (s.openTime(s.size() - 1) - s.openTime(0)) / s.intervalMillis() + 1;
        return span - s.size();
    }
}
