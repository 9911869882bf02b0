package io.gridbench.backtest.fill;

/**
 * Applies a {@link FillModel} and the shared {@link FillConfig} rules to resting orders: queue consumption, the
 * participation cap with carry-over, and the depth walk of market and marketable orders. Owned by one replay's
 * thread, like the orders it mutates; apart from its configuration it keeps the participation allowance carried
 * over and the depth taken at the current instant, both for all of the strategy's orders together.
 *
 * <p>Methods return primitives and the venue fills resting orders at their limit, so the replay loop allocates
 * nothing per event.
 */
public final class FillSimulator {
    private static final long BP = 10_000;
    private final FillModel model;
    private final FillConfig config;
    /** Participation allowance not yet used, in unit-basis-points (10,000 = one unit), for all orders. */
    private long creditBp;
    private long takenAt = Long.MIN_VALUE;
    private long taken;

    public FillSimulator(FillModel model, FillConfig config) {
        this.model = model;
        this.config = config;
    }

    public FillModel model() {
        return model;
    }

    public FillConfig config() {
        return config;
    }

    /**
     * How much of a print of {@code quantity} at {@code price} reaches a resting buy, after the queue ahead:
     * volume at exactly the limit first eats the queue ahead; a print strictly below the limit proves the whole
     * queue at the limit is gone. Updates the order's queue; the participation cap is applied to all of a
     * strategy's orders together by {@link #participationBudget}.
     */
    public long printReach(SimOrder o, long price, long quantity) {
        long reaching = model.printReaches(o.limit, price) ? quantity : 0;
        boolean through = price < o.limit;
        if (price == o.limit || through) {
            long eaten = Math.min(o.queueAhead, quantity);
            reaching = Math.max(0, reaching - eaten);
            o.queueAhead = through ? 0 : o.queueAhead - eaten;
        }
        return reaching;
    }

    /**
     * How much of a completed bar reaches a resting buy that was active before the bar opened: the model's share
     * of the bar after the queue ahead is eaten.
     */
    public long barReach(SimOrder o, long high, long low, long volume) {
        long reaching = model.barVolumeReaching(o.limit, high, low, volume);
        if (low <= o.limit) {
            long eaten = Math.min(o.queueAhead, FillModel.spreadVolume(o.limit, high, low, volume));
            reaching = Math.max(0, reaching - eaten);
            o.queueAhead = low < o.limit ? 0 : o.queueAhead - eaten;
        }
        return reaching;
    }

    /**
     * The whole units a strategy may take from one print or bar whose volume reaching its best-placed order is
     * {@code reachable}: the participation share, plus fractions carried over from earlier prints and bars. One
     * budget binds all of the strategy's orders together, so splitting an order never changes what it can get.
     * Call {@link #spent} with what was taken.
     */
    public long participationBudget(long reachable) {
        if (reachable <= 0) {
            return 0;
        }
        creditBp += reachable * config.participationBps();
        return creditBp / BP;
    }

    /** Takes {@code units} from the budget; only the fraction of a unit carries over to the next print or bar. */
    public void spent(long units) {
        creditBp = Math.min(creditBp - units * BP, BP - 1);
    }

    /**
     * The price of the next unit a market or marketable order of ours takes at instant {@code now}, walking a book
     * of {@link FillConfig#depthUnits()} per level, one tick apart, from {@code ask}. Our orders of one instant
     * walk it together, each starting where the previous one stopped, so ten orders of one unit pay what one order
     * of ten pays; the next instant starts again from the ask (the Grid's ladders refill every second).
     */
    public long nextTakePrice(long now, long ask) {
        if (now != takenAt) {
            takenAt = now;
            taken = 0;
        }
        return ask + taken / config.depthUnits();
    }

    /** Units left at the level {@link #nextTakePrice} priced. */
    public long unitsAtNextPrice() {
        return config.depthUnits() - taken % config.depthUnits();
    }

    /** Records that {@code quantity} units were taken at the current instant. */
    public void took(long quantity) {
        taken += quantity;
    }
}
