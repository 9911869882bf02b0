package io.gridbench.backtest.metrics;

import io.gridbench.backtest.data.LongList;
import io.gridbench.backtest.demand.ConsumptionAccount;

import java.util.Map;

/**
 * Records what happened to one strategy during a replay: orders, fills, time-to-fill (every wait, milliseconds)
 * and a down-sampled balance curve. Owned by the replay thread; nothing here boxes.
 */
public final class RunRecorder {
    /** Initial room for per-order rows: most runs place few orders, and a sweep builds thousands of recorders. */
    private static final int ORDERS = 32;
    private final LongList timeToFill = new LongList(256);
    private final LongList timeToFirstFill = new LongList(256);
    private final long sampleMillis;
    private final LongList fillTime = new LongList(256);
    private final LongList fillPrice = new LongList(256);
    private final LongList fillQuantity = new LongList(256);
    private final LongList orderTime = new LongList(256);
    private final LongList orderPrice = new LongList(256);
    private final LongList balanceTime = new LongList(2048);
    private final LongList balanceTokens = new LongList(2048);
    private final LongList completedAt = new LongList(ORDERS);
    private final MarketTape tape;
    private final LongList oPlaced = new LongList(ORDERS);
    private final LongList oLimit = new LongList(ORDERS);
    private final LongList oQuantity = new LongList(ORDERS);
    private final LongList oFilled = new LongList(ORDERS);
    private final LongList oCost = new LongList(ORDERS);
    private final LongList oFirstFill = new LongList(ORDERS);
    private final LongList oFullFill = new LongList(ORDERS);
    private final LongList oCanceled = new LongList(ORDERS);
    private final LongList oArrival = new LongList(ORDERS);
    private final LongList oTapeNotional = new LongList(ORDERS);
    private final LongList oTapeVolume = new LongList(ORDERS);
    /** Tape totals when each order's life ended; open orders get them at {@link #close()}. */
    private final LongList oEndNotional = new LongList(ORDERS);
    private final LongList oEndVolume = new LongList(ORDERS);
    private final long firstDayMillis;
    private final int days;
    private long lastFill;
    private long bucketStart = Long.MIN_VALUE;
    private long bucketMin;
    private long ordersPlaced;
    private long marketOrders;
    private long ordersCanceled;
    private long repriced;
    private long ordersFilled;
    private long ordersPartlyFilled;
    private long ordersNeverFilled;
    private long ordersOpenAtEnd;
    private long unitsOrdered;
    private long unitsFilled;
    private long costCents;

    /**
     * @param sampleMillis width of one balance-curve bucket (the minimum balance in each is kept)
     * @param startMillis  the replayed period {@code [startMillis, endMillis)}, cut into UTC days for
     *                     {@link DayBlocks}
     * @param tape         the market's running totals, which the replay keeps up to date: each order's life VWAP
     */
    public RunRecorder(long sampleMillis, long startMillis, long endMillis, MarketTape tape) {
        this.sampleMillis = Math.max(1, sampleMillis);
        this.tape = tape;
        this.firstDayMillis = Math.floorDiv(startMillis, DayBlocks.DAY_MILLIS) * DayBlocks.DAY_MILLIS;
        this.days = (int) (Math.floorDiv(Math.max(startMillis, endMillis - 1) - firstDayMillis, DayBlocks.DAY_MILLIS)
                + 1);
    }

    /**
     * A new order. Ids are given out 1, 2, 3, ... by the venue, so order {@code id} is row {@code id - 1} of the
     * {@link OrderLog}.
     *
     * @param arrivalTicks the estimated mid now (0 when unknown): the order's arrival-price benchmark
     */
    public void placed(long id, long now, long priceTicks, long quantity, boolean market, long arrivalTicks) {
        if (id != oPlaced.size() + 1) {
            throw new IllegalStateException("order ids must be 1, 2, 3, ...; got " + id);
        }
        oPlaced.add(now);
        oLimit.add(priceTicks);
        oQuantity.add(quantity);
        oFilled.add(0);
        oCost.add(0);
        oFirstFill.add(-1);
        oFullFill.add(-1);
        oCanceled.add(-1);
        oArrival.add(arrivalTicks);
        oTapeNotional.add(tape.notional());
        oTapeVolume.add(tape.volume());
        oEndNotional.add(-1);
        oEndVolume.add(-1);
        ordersPlaced++;
        if (market) {
            marketOrders++;
        }
        unitsOrdered += quantity;
        orderTime.add(now);
        orderPrice.add(priceTicks);
    }

    public void repriced(long now, long priceTicks) {
        repriced++;
        orderTime.add(now);
        orderPrice.add(priceTicks);
    }

    /** Order {@code id} was canceled at {@code now}, after filling {@code filledUnits} of its quantity. */
    public void canceled(long id, long now, long filledUnits) {
        ordersCanceled++;
        int i = (int) id - 1;
        oCanceled.set(i, now);
        lifeEnded(i);
        ended(filledUnits);
    }

    /** An order was still open when the data ran out, having filled {@code filledUnits}. */
    public void openAtEnd(long filledUnits) {
        ordersOpenAtEnd++;
        ended(filledUnits);
    }

    /**
     * The venue ended an order that was neither filled nor canceled by the strategy (rejected, or a market order
     * whose unfilled rest was canceled), after {@code filledUnits} filled.
     */
    public void endedByVenue(long filledUnits) {
        ended(filledUnits);
    }

    private void ended(long filledUnits) {
        if (filledUnits > 0) {
            ordersPartlyFilled++;
        } else {
            ordersNeverFilled++;
        }
    }

    /** An order filled for the first time {@code waitMillis} after it was first placed. */
    public void firstFill(long waitMillis) {
        timeToFirstFill.add(Math.max(0, waitMillis));
    }

    public void fill(long id, long now, long priceTicks, long quantity) {
        int i = (int) id - 1;
        if (oFirstFill.get(i) < 0) {
            oFirstFill.set(i, now);
        }
        oFilled.set(i, oFilled.get(i) + quantity);
        oCost.set(i, oCost.get(i) + priceTicks * quantity);
        if (oFilled.get(i) == oQuantity.get(i)) {
            oFullFill.set(i, now);
            lifeEnded(i);
        }
        unitsFilled += quantity;
        costCents += priceTicks * quantity;
        fillTime.add(now);
        fillPrice.add(priceTicks);
        fillQuantity.add(quantity);
        lastFill = now;
    }

    /**
     * An order is complete: its whole quantity filled {@code waitMillis} after it was first placed. Called right
     * after the {@link #fill} that completed it, whose time it is filed under.
     */
    public void completed(long waitMillis) {
        ordersFilled++;
        timeToFill.add(Math.max(0, waitMillis));
        completedAt.add(lastFill);
    }

    /** Samples the balance; keeps the minimum of each bucket so stock-outs stay visible when down-sampled. */
    public void balance(long now, long tokens) {
        long b = now - Math.floorMod(now, sampleMillis);
        if (b != bucketStart) {
            if (bucketStart != Long.MIN_VALUE) {
                balanceTime.add(bucketStart);
                balanceTokens.add(bucketMin);
            }
            bucketStart = b;
            bucketMin = tokens;
        } else if (tokens < bucketMin) {
            bucketMin = tokens;
        }
    }

    private void lifeEnded(int i) {
        oEndNotional.set(i, tape.notional());
        oEndVolume.set(i, tape.volume());
    }

    /** Flushes the last balance bucket and ends the life of the orders still open. */
    public void close() {
        for (int i = 0; i < oEndVolume.size(); i++) {
            if (oEndVolume.get(i) < 0) {
                lifeEnded(i);
            }
        }
        if (bucketStart != Long.MIN_VALUE) {
            balanceTime.add(bucketStart);
            balanceTokens.add(bucketMin);
            bucketStart = Long.MIN_VALUE;
        }
    }

    /** Every recorded time to fill, in milliseconds, in the order the orders completed. */
    public long[] timeToFill() {
        return timeToFill.toArray();
    }

    public long costCents() {
        return costCents;
    }

    public long unitsFilled() {
        return unitsFilled;
    }

    public long ordersPlaced() {
        return ordersPlaced;
    }

    /** The immutable result, combining these records with the account's consumption figures. */
    public StrategyResult result(String name, String type, Map<String, Object> parameters,
                                 ConsumptionAccount account) {
        return result(name, type, parameters, account, true);
    }

    /**
     * @param withTimeline false leaves {@link Timeline#EMPTY} and {@link OrderLog#EMPTY} in the result without
     *                     copying the recorded series (sweeps keep thousands of results and draw no timelines)
     */
    public StrategyResult result(String name, String type, Map<String, Object> parameters,
                                 ConsumptionAccount account, boolean withTimeline) {
        return result(name, type, parameters, new Consumption(account.balanceTokens(), account.consumedTokens(),
                account.stockOutMillis(), account.stockOuts(), account.unmetTokens(), account.jobsTotal(),
                account.jobsStarted(), account.jobWaits()), withTimeline);
    }

    /** The immutable result, with consumption figures measured elsewhere (a live run measures them itself). */
    public StrategyResult result(String name, String type, Map<String, Object> parameters, Consumption c) {
        return result(name, type, parameters, c, true);
    }

    private StrategyResult result(String name, String type, Map<String, Object> parameters, Consumption c,
                                  boolean withTimeline) {
        return new StrategyResult(name, type, parameters, costCents, unitsFilled, unitsOrdered, ordersPlaced,
                marketOrders, ordersCanceled, repriced, ordersFilled, ordersPartlyFilled, ordersNeverFilled,
                ordersOpenAtEnd, c.balanceTokens(), c.consumedTokens(), c.stockOutMillis(), c.stockOuts(),
                c.unmetTokens(), c.jobsTotal(), c.jobsStarted(), Percentiles.of(timeToFirstFill.toArray()),
                Percentiles.of(timeToFill.toArray()), Percentiles.of(c.jobWaits()),
                withTimeline ? timeline() : Timeline.EMPTY, dayBlocks(),
                withTimeline ? orderLog() : OrderLog.EMPTY);
    }

    /**
     * Order {@code id} was placed before this recorder's tape began (a resumed live run: the prints of its life
     * before the restart were never seen), so its life VWAP is unknown rather than the VWAP of the part after it.
     */
    public void lifeBeforeTape(long id) {
        oTapeVolume.set((int) (id - 1), -1);
    }

    private OrderLog orderLog() {
        int n = oPlaced.size();
        double[] lifeVwap = new double[n];
        for (int i = 0; i < n; i++) {
            long volume = oTapeVolume.get(i) < 0 ? 0 : oEndVolume.get(i) - oTapeVolume.get(i);
            lifeVwap[i] = volume <= 0 ? Double.NaN : (oEndNotional.get(i) - oTapeNotional.get(i)) / (double) volume;
        }
        return new OrderLog(oPlaced.toArray(), oLimit.toArray(), oQuantity.toArray(), oFilled.toArray(),
                oCost.toArray(), oFirstFill.toArray(), oFullFill.toArray(), oCanceled.toArray(), oArrival.toArray(),
                lifeVwap);
    }

    private DayBlocks dayBlocks() {
        long[] cost = new long[days];
        long[] units = new long[days];
        for (int i = 0; i < fillTime.size(); i++) {
            int d = day(fillTime.get(i));
            cost[d] += fillPrice.get(i) * fillQuantity.get(i);
            units[d] += fillQuantity.get(i);
        }
        int[] orderDay = new int[completedAt.size()];
        for (int i = 0; i < orderDay.length; i++) {
            orderDay[i] = day(completedAt.get(i));
        }
        return new DayBlocks(firstDayMillis, cost, units, orderDay, timeToFill.toArray());
    }

    /** The day of an instant, clamped to the period (a fill at the very end belongs to the last day). */
    private int day(long t) {
        long d = Math.floorDiv(t - firstDayMillis, DayBlocks.DAY_MILLIS);
        return (int) Math.max(0, Math.min(days - 1, d));
    }

    /**
     * What the demand side of a run amounted to: the balance left, tokens served and not served, stock-outs and
     * how long each started job waited (milliseconds).
     */
    public record Consumption(long balanceTokens, long consumedTokens, long stockOutMillis, int stockOuts,
                              long unmetTokens, int jobsTotal, int jobsStarted, long[] jobWaits) {
    }

    private Timeline timeline() {
        return new Timeline(fillTime.toArray(), fillPrice.toArray(), fillQuantity.toArray(), orderTime.toArray(),
                orderPrice.toArray(), balanceTime.toArray(), balanceTokens.toArray());
    }
}
