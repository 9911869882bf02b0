package io.gridbench.backtest.metrics;

/**
 * Every order one strategy placed, as parallel arrays indexed by placement order (order id minus one), with the two
 * benchmarks transaction-cost analysis measures an order against: its arrival price (the estimated mid when it was
 * placed) and the market's VWAP over its own life (placement to complete fill, cancel, or the end of the run).
 * The whole-period VWAP alone can flip a strategy's sign without it acting differently; these cannot. Immutable by
 * convention: the arrays are never written after the replay.
 *
 * @param placedAt     epoch milliseconds of the first placement
 * @param limitTicks   limit price at placement, ticks; 0 for a market order
 * @param quantity     units ordered
 * @param filled       units filled
 * @param costCents    USD cents paid for those units
 * @param firstFillAt  first fill, or -1
 * @param fullFillAt   complete fill, or -1
 * @param canceledAt   cancel, or -1
 * @param arrivalTicks the estimated mid when placed, ticks; 0 when nothing had traded yet
 * @param lifeVwap     the market's VWAP over the order's life, ticks; NaN when nothing traded in it
 */
public record OrderLog(long[] placedAt, long[] limitTicks, long[] quantity, long[] filled, long[] costCents,
                       long[] firstFillAt, long[] fullFillAt, long[] canceledAt, long[] arrivalTicks,
                       double[] lifeVwap) {

    /** No orders: what sweep results carry (they keep only the totals). */
    public static final OrderLog EMPTY = new OrderLog(new long[0], new long[0], new long[0], new long[0],
            new long[0], new long[0], new long[0], new long[0], new long[0], new double[0]);

    public int size() {
        return placedAt.length;
    }

    /**
     * What the fills cost against each order's arrival price, percent of the arrival value (implementation
     * shortfall; positive = paid more than the market stood at when deciding). Orders without an arrival price or
     * without fills are left out; NaN when none is left.
     */
    public double arrivalShortfallPct() {
        double paid = 0;
        double benchmark = 0;
        for (int i = 0; i < size(); i++) {
            if (filled[i] > 0 && arrivalTicks[i] > 0) {
                paid += costCents[i];
                benchmark += (double) filled[i] * arrivalTicks[i];
            }
        }
        return benchmark == 0 ? Double.NaN : (paid / benchmark - 1) * 100;
    }

    /** The same against each order's life VWAP: did the order buy below what the market paid meanwhile? */
    public double lifeVwapShortfallPct() {
        double paid = 0;
        double benchmark = 0;
        for (int i = 0; i < size(); i++) {
            if (filled[i] > 0 && !Double.isNaN(lifeVwap[i])) {
                paid += costCents[i];
                benchmark += filled[i] * lifeVwap[i];
            }
        }
        return benchmark == 0 ? Double.NaN : (paid / benchmark - 1) * 100;
    }
}
