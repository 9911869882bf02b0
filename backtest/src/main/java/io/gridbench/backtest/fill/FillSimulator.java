package io.gridbench.backtest.fill;

/**
 * Applies a {@link FillModel} and the shared {@link FillConfig} rules to resting orders: queue consumption, the
 * participation cap with carry-over, and the depth walk of market and marketable orders. Owned by one replay's
 * thread, like the orders it mutates; apart from its configuration it keeps only the depth taken at the current
 * instant.
 *
 * <p>Every method returns the quantity filled now and leaves the price in {@link #lastPrice()}, so the replay loop
 * allocates nothing per event.
 */
public final class FillSimulator {
    private static final long BP = 10_000;
    private final FillModel model;
    private final FillConfig config;
    private long lastPrice;
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
     * model's share of the bar; the queue ahead is eaten first. Fills are at the limit even when the bar opened
     * below it: our bid was resting in a continuous book, so the first seller below it traded with us at our price
     * (pricing at the open would credit a bid parked above the market with price improvement it cannot get).
     */
    public long onBar(SimOrder o, long high, long low, long volume) {
        long reaching = model.barVolumeReaching(o.limit, high, low, volume);
        if (low <= o.limit) {
            long eaten = Math.min(o.queueAhead, FillModel.spreadVolume(o.limit, high, low, volume));
            reaching = Math.max(0, reaching - eaten);
            o.queueAhead = low < o.limit ? 0 : o.queueAhead - eaten;
        }
        lastPrice = o.limit;
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
