package io.gridbench.backtest.uncertainty;

import io.gridbench.backtest.metrics.DayBlocks;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A block bootstrap by UTC day: draws as many days as the run had, with replacement, recomputes a figure on the
 * drawn days and repeats; the spread of the recomputed figures is the interval (percentile method). Whole days are
 * the blocks because fills, prices and waits within a day depend on each other (one dip fills many orders), while
 * days are closer to independent. Two strategies are compared on the same drawn days (paired), since they replayed
 * the same market.
 *
 * <p>Deterministic: the same seed gives the same intervals. Each call starts its own generator from the seed, so a
 * figure does not depend on which other figures were computed first, and every strategy is resampled on the same
 * sequence of drawn days (common random numbers: differences between strategies are not sampling noise).
 *
 * <pre>
 *   DayBootstrap b = new DayBootstrap(2000, 0.95, 1);
 *   Interval vsAuto = b.averagePriceVsPct(spread.days(), auto.days());   // e.g. -2.2% (-2.6% to -1.8%)
 *   Interval ttf = b.waitP50(spread.days());                            // milliseconds
 * </pre>
 */
public final class DayBootstrap {
    private final int resamples;
    private final double level;
    private final long seed;

    /**
     * @param resamples how many times to redraw the days (2,000 gives stable 95% bounds to about a tenth of their width)
     * @param level     confidence level, between 0 and 1 exclusive
     * @param seed      seeds the draws
     */
    public DayBootstrap(int resamples, double level, long seed) {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be at least 1, got " + resamples);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be between 0 and 1, got " + level);
        }
        this.resamples = resamples;
        this.level = level;
        this.seed = seed;
    }

    /**
     * How much more (positive) or less (negative) {@code a} paid per unit than {@code b}, percent: total cost over
     * total units of each on the same drawn days. {@link Interval#none} when either bought nothing.
     *
     * @throws IllegalArgumentException when the two runs cover different days
     */
    public Interval averagePriceVsPct(DayBlocks a, DayBlocks b) {
        if (a.days() != b.days() || a.firstDayMillis() != b.firstDayMillis()) {
            throw new IllegalArgumentException("runs over different days cannot be paired");
        }
        double estimate = vsPct(sum(a.costCents()), sum(a.units()), sum(b.costCents()), sum(b.units()));
        if (Double.isNaN(estimate)) {
            return Interval.none(level);
        }
        int n = a.days();
        double[] figures = new double[resamples];
        int k = 0;
        SplittableRandom random = new SplittableRandom(seed);
        for (int r = 0; r < resamples; r++) {
            long ac = 0;
            long au = 0;
            long bc = 0;
            long bu = 0;
            for (int i = 0; i < n; i++) {
                int d = random.nextInt(n);
                ac += a.costCents()[d];
                au += a.units()[d];
                bc += b.costCents()[d];
                bu += b.units()[d];
            }
            double f = vsPct(ac, au, bc, bu);
            if (!Double.isNaN(f)) {
                figures[k++] = f;
            }
        }
        return interval(estimate, figures, k);
    }

    /**
     * The median (p50) wait of completely filled orders (placement to complete fill), milliseconds, over the orders
     * that completed on the drawn days. {@link Interval#none} when no order filled completely.
     */
    public Interval waitP50(DayBlocks a) {
        int orders = a.orderWait().length;
        if (orders == 0) {
            return Interval.none(level);
        }
        int n = a.days();
        // Orders grouped by day, so a drawn day contributes all its orders at once.
        int[] start = new int[n + 1];
        for (int d : a.orderDay()) {
            start[d + 1]++;
        }
        for (int d = 0; d < n; d++) {
            start[d + 1] += start[d];
        }
        long[] byDay = new long[orders];
        int[] next = Arrays.copyOf(start, n);
        for (int i = 0; i < orders; i++) {
            byDay[next[a.orderDay()[i]]++] = a.orderWait()[i];
        }
        double estimate = median(Arrays.copyOf(a.orderWait(), orders), orders);
        double[] figures = new double[resamples];
        long[] drawn = new long[orders * 2];
        int k = 0;
        SplittableRandom random = new SplittableRandom(seed);
        for (int r = 0; r < resamples; r++) {
            int m = 0;
            for (int i = 0; i < n; i++) {
                int d = random.nextInt(n);
                int count = start[d + 1] - start[d];
                if (m + count > drawn.length) {
                    drawn = Arrays.copyOf(drawn, Math.max(drawn.length * 2, m + count));
                }
                System.arraycopy(byDay, start[d], drawn, m, count);
                m += count;
            }
            if (m > 0) {
                figures[k++] = median(drawn, m);
            }
        }
        return interval(estimate, figures, k);
    }

    private Interval interval(double estimate, double[] figures, int k) {
        if (k == 0) {
            return Interval.none(level);
        }
        Arrays.sort(figures, 0, k);
        double tail = (1 - level) / 2;
        return new Interval(estimate, quantile(figures, k, tail), quantile(figures, k, 1 - tail), level);
    }

    /** The {@code q} quantile of the first {@code k} sorted values, interpolated between neighbours. */
    static double quantile(double[] sorted, int k, double q) {
        double pos = q * (k - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(k - 1, lo + 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    /**
     * The p50 of the first {@code m} values as the report's percentiles define it (nearest rank): the smallest value
     * at or below which half of them lie (the lower median). Sorts them in place.
     */
    private static double median(long[] values, int m) {
        Arrays.sort(values, 0, m);
        return values[(m + 1) / 2 - 1];
    }

    private static double vsPct(long costA, long unitsA, long costB, long unitsB) {
        if (unitsA == 0 || unitsB == 0 || costB == 0) {
            return Double.NaN;
        }
        return ((double) costA / unitsA) / ((double) costB / unitsB) * 100 - 100;
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }
}
