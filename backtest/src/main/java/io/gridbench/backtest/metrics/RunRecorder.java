package io.gridbench.backtest.metrics;

import io.gridbench.backtest.data.LongList;
import io.gridbench.backtest.demand.ConsumptionAccount;

import java.util.Map;

/**
 * Records what happened to one strategy during a replay: orders, fills, time-to-fill (every wait, milliseconds)
 * and a down-sampled balance curve. Owned by the replay thread; nothing here boxes.
 */
public final class RunRecorder {
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

    /** @param sampleMillis width of one balance-curve bucket (the minimum balance in each is kept) */
    public RunRecorder(long sampleMillis) {
        this.sampleMillis = Math.max(1, sampleMillis);
    }

    public void placed(long now, long priceTicks, long quantity, boolean market) {
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

    /** An order was canceled, after filling {@code filledUnits} of its quantity. */
    public void canceled(long filledUnits) {
        ordersCanceled++;
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

    public void fill(long now, long priceTicks, long quantity) {
        unitsFilled += quantity;
        costCents += priceTicks * quantity;
        fillTime.add(now);
        fillPrice.add(priceTicks);
        fillQuantity.add(quantity);
    }

    /** An order is complete: its whole quantity filled {@code waitMillis} after it was first placed. */
    public void completed(long waitMillis) {
        ordersFilled++;
        timeToFill.add(Math.max(0, waitMillis));
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

    /** Flushes the last balance bucket. */
    public void close() {
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

    /** The immutable result, combining these records with the account's consumption figures. */
    public StrategyResult result(String name, String type, Map<String, Object> parameters,
                                 ConsumptionAccount account) {
        return result(name, type, parameters, account, true);
    }

    /**
     * @param withTimeline false leaves {@link Timeline#EMPTY} in the result without copying the recorded series
     *                     (sweeps keep thousands of results and draw no timelines)
     */
    public StrategyResult result(String name, String type, Map<String, Object> parameters,
                                 ConsumptionAccount account, boolean withTimeline) {
        return new StrategyResult(name, type, parameters, costCents, unitsFilled, unitsOrdered, ordersPlaced,
                marketOrders, ordersCanceled, repriced, ordersFilled, ordersPartlyFilled, ordersNeverFilled,
                ordersOpenAtEnd, account.balanceTokens(), account.consumedTokens(), account.stockOutMillis(),
                account.stockOuts(), account.unmetTokens(), account.jobsTotal(), account.jobsStarted(),
                Percentiles.of(timeToFirstFill.toArray()), Percentiles.of(timeToFill.toArray()),
                Percentiles.of(account.jobWaits()), withTimeline ? timeline() : Timeline.EMPTY);
    }

    private Timeline timeline() {
        return new Timeline(fillTime.toArray(), fillPrice.toArray(), fillQuantity.toArray(), orderTime.toArray(),
                orderPrice.toArray(), balanceTime.toArray(), balanceTokens.toArray());
    }
}
