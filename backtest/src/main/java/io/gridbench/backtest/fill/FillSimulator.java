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
    private long firstLevel = 1;

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
     * How much of a print of {@code quantity} at {@code price} reaches a resting buy. A print below the limit went
     * through our level: the queue ahead is gone and the whole print reaches us (the venue fills it without the
     * participation cap). A print at the limit first eats the queue ahead; what is left reaches us only under a
     * model that {@link FillModel#fillsAtLimit() fills at the limit}, and the participation cap applies to it.
     */
    public long printReach(SimOrder o, long price, long quantity) {
        if (price > o.limit) {
            return 0;
        }
        if (price < o.limit) {
            o.queueAhead = 0;
            return quantity;
        }
        long eaten = Math.min(o.queueAhead, quantity);
        o.queueAhead -= eaten;
        return model.fillsAtLimit() ? quantity - eaten : 0;
    }

    /**
     * How much of a completed bar reaches a resting buy that was active before the bar opened, assuming the bar's
     * volume is spread evenly over its high-low range in ticks (bars say nothing finer). A bar whose low is below
     * the limit went through our level: the volume below the limit reaches us (at least one unit: a trade below
     * the limit happened), the queue is gone. A bar whose low is the limit offers the volume at that tick, after
     * the queue ahead, and only under a model that fills at the limit.
     */
    public long barReach(SimOrder o, long high, long low, long volume) {
        if (low > o.limit || volume <= 0) {
            return 0;
        }
        if (low < o.limit) {
            o.queueAhead = 0;
            return Math.max(1, FillModel.spreadVolume(o.limit - 1, high, low, volume));
        }
        long atLimit = FillModel.spreadVolume(o.limit, high, low, volume);
        long eaten = Math.min(o.queueAhead, atLimit);
        o.queueAhead -= eaten;
        return model.fillsAtLimit() ? atLimit - eaten : 0;
    }

    /**
     * The whole units a strategy may take from the volume at its limit of one print or bar, when the most of it
     * reaching one of its orders is {@code reachable}: the participation share, plus fractions carried over from
     * earlier prints and bars. One budget binds all of the strategy's orders together, so splitting an order never
     * changes what it can get. Call {@link #spent} with what was taken.
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
     * The price of the next unit a market or marketable order of ours takes at instant {@code now}, walking the
     * ask side from {@code ask}: {@code firstLevelUnits} at the ask (the recorded ask size, or
     * {@link FillConfig#depthUnits()} without quotes), then {@link FillConfig#depthUnits()} per tick above it. Our
     * orders of one instant walk it together, each starting where the previous one stopped, so ten orders of one
     * unit pay what one order of ten pays; the next instant starts again from the ask (the Grid's ladders refill
     * every second).
     */
    public long nextTakePrice(long now, long ask, long firstLevelUnits) {
        if (now != takenAt) {
            takenAt = now;
            taken = 0;
        }
        firstLevel = Math.max(1, firstLevelUnits);
        return taken < firstLevel ? ask : ask + 1 + (taken - firstLevel) / config.depthUnits();
    }

    /** Units left at the level {@link #nextTakePrice} priced. */
    public long unitsAtNextPrice() {
        return taken < firstLevel ? firstLevel - taken
                : config.depthUnits() - (taken - firstLevel) % config.depthUnits();
    }

    /** Records that {@code quantity} units were taken at the current instant. */
    public void took(long quantity) {
        taken += quantity;
    }

    /**
     * The queue model's update when the displayed size at a resting order's price, seen at the best bid, falls
     * from the order's {@link SimOrder#levelSize} to {@code displayed} without a print: under
     * {@link QueueEstimate#PROBABILISTIC} the canceled size left from behind us with probability
     * back^3 / (back^3 + front^3) and from ahead of us otherwise (hftbacktest's power-3 ProbQueueModel); under the
     * other models it was behind us.
     */
    public void levelShrank(SimOrder o, long displayed) {
        if (o.levelSize < 0 || displayed >= o.levelSize) {
            o.levelSize = displayed;
            return;
        }
        if (config.queueEstimate() == QueueEstimate.PROBABILISTIC && o.queueAhead > 0) {
            long canceled = o.levelSize - displayed;
            double front = o.queueAhead;
            double back = Math.max(0, o.levelSize - o.queueAhead);
            double f3 = front * front * front;
            double b3 = back * back * back;
            double behind = f3 + b3 == 0 ? 0 : b3 / (b3 + f3);
            // What the back cannot hold came from the front too.
            double fromFront = (1 - behind) * canceled + Math.max(0, behind * canceled - back);
            o.queueAhead = Math.max(0, o.queueAhead - Math.round(fromFront));
        }
        o.queueAhead = Math.min(o.queueAhead, displayed);
        o.levelSize = displayed;
    }
}
