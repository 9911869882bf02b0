package io.gridbench.backtest.fill;

/**
 * Applies a {@link FillModel} and the shared {@link FillConfig} rules to resting orders: queue consumption, the
 * participation cap with carry-over, the gap rule, and the linear price walk of market and marketable orders.
 * Stateless apart from its configuration; the orders it mutates belong to the replay thread.
 *
 * <p>Every method returns the quantity filled now and leaves the price in {@link #lastPrice()}, so the replay loop
 * allocates nothing per event.
 */
public final class FillSimulator {
    private static final long BP = 10_000;
    private final FillModel model;
    private final FillConfig config;
    private long lastPrice;

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

    /** Price in ticks of the fill the last call returned. */
    public long lastPrice() {
        return lastPrice;
    }

    /**
     * A print of {@code quantity} at {@code price} against a resting buy. Volume at exactly the limit first eats
     * the queue ahead; a print strictly below the limit proves the whole queue at the limit is gone. Fills are at
     * the limit: we were the resting side.
     */
    public long onPrint(SimOrder o, long price, long quantity) {
        long reaching = model.printReaches(o.limit, price) ? quantity : 0;
        boolean through = price < o.limit;
        if (price == o.limit || through) {
            long eaten = Math.min(o.queueAhead, quantity);
            reaching = Math.max(0, reaching - eaten);
            o.queueAhead = through ? 0 : o.queueAhead - eaten;
        }
        lastPrice = o.limit;
        return take(o, reaching);
    }

    /**
     * A completed bar against a resting buy that was active before the bar opened. The reachable volume is the
     * model's share of the bar; the queue ahead is eaten first; a bar opening through the limit fills at its open.
     */
    public long onBar(SimOrder o, long open, long high, long low, long volume) {
        long reaching = model.barVolumeReaching(o.limit, high, low, volume);
        if (low <= o.limit) {
            long eaten = Math.min(o.queueAhead, FillModel.spreadVolume(o.limit, high, low, volume));
            reaching = Math.max(0, reaching - eaten);
            o.queueAhead = low < o.limit ? 0 : o.queueAhead - eaten;
        }
        lastPrice = model.opensThrough(o.limit, open) ? Math.min(open, o.limit) : o.limit;
        return take(o, reaching);
    }

    private long take(SimOrder o, long reachableVolume) {
        if (reachableVolume <= 0) {
            return 0;
        }
        o.creditBp += reachableVolume * config.participationBps();
        long q = Math.min(o.remaining(), o.creditBp / BP);
        o.creditBp -= q * BP;
        return q;
    }

    /** The estimated ask when the last price is {@code lastPrice}: half the spread above it. */
    public long askEstimate(long lastTradePrice) {
        return lastTradePrice + config.halfSpreadTicks();
    }

    /**
     * How many units a taker can buy at or below {@code limit} walking a linear book from {@code ask}: unit
     * {@code i} (0-based) costs {@code ask + impact * i / barVolume}. {@code Long.MAX_VALUE} means no limit.
     */
    public long walkableQuantity(long quantity, long ask, long limit, long barVolume) {
        if (limit < ask) {
            return 0;
        }
        long impact = config.impactTicksPerBarVolume();
        if (impact == 0 || limit == Long.MAX_VALUE) {
            return quantity;
        }
        long v = Math.max(1, barVolume);
        long steps = (limit - ask) * v / impact;
        return Math.min(quantity, steps + 1);
    }

    /**
     * Average price in ticks (rounded up: the buyer pays the rounding) for taking {@code quantity} from a linear
     * book starting at {@code ask}; sets {@link #lastPrice()} too.
     */
    public long walkPrice(long quantity, long ask, long barVolume) {
        long v = Math.max(1, barVolume);
        long num = config.impactTicksPerBarVolume() * (quantity - 1);
        long den = 2 * v;
        lastPrice = ask + (num + den - 1) / den;
        return lastPrice;
    }
}
