package io.gridbench.backtest.replay;

import io.gridbench.backtest.data.CandleSeries;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.data.TradeSeries;
import io.gridbench.backtest.demand.ConsumptionAccount;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.fill.FillSimulator;
import io.gridbench.backtest.fill.QueueEstimate;
import io.gridbench.backtest.fill.SimOrder;
import io.gridbench.backtest.metrics.RunRecorder;
import io.gridbench.backtest.strategy.OrderGateway;
import io.gridbench.backtest.strategy.Strategy;
import io.gridbench.exchange.market.Prices;

import java.util.Arrays;

/**
 * The simulated Grid for one strategy's replay: it keeps the strategy's buy orders, activates them after the
 * latency, fills them against prints (or bars when there are no prints) through a {@link FillSimulator}, credits
 * the consumption account and reports fills back. Owned by the replay thread.
 */
final class ReplayVenue implements OrderGateway {
    private final Replay replay;
    private final FillSimulator sim;
    private final ReplayMarket market;
    private final ConsumptionAccount account;
    private final RunRecorder recorder;
    private final CandleSeries candles;
    private final TradeSeries trades;
    private final long latency;
    private SimOrder[] working = new SimOrder[8];
    private int count;
    private long nextId = 1;
    private long nextActivation = Long.MAX_VALUE;
    private boolean pendingMarket;
    /** Index of the next print not yet replayed: prints before it are the past. */
    int printCursor;

    ReplayVenue(Replay replay, MarketData data, FillSimulator sim, ReplayMarket market,
                   ConsumptionAccount account, RunRecorder recorder) {
        this.replay = replay;
        this.sim = sim;
        this.market = market;
        this.account = account;
        this.recorder = recorder;
        this.candles = data.candles();
        this.trades = data.hasTrades() ? data.trades() : null;
        this.latency = sim.config().latencyMillis();
    }

    long nextActivation() {
        return nextActivation;
    }

    // ---- gateway (called by the strategy) ----

    @Override
    public long buyLimit(long quantity, long priceTicks) {
        if (quantity <= 0 || priceTicks <= 0) {
            throw new IllegalArgumentException("limit buy needs a positive quantity and price, got " + quantity
                    + " @ " + priceTicks);
        }
        return add(new SimOrder(nextId++, false, priceTicks, quantity, replay.now(), replay.now() + latency));
    }

    @Override
    public long buyMarket(long quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("market buy needs a positive quantity, got " + quantity);
        }
        return add(new SimOrder(nextId++, true, 0, quantity, replay.now(), replay.now() + latency));
    }

    private long add(SimOrder o) {
        if (count == working.length) {
            working = Arrays.copyOf(working, count * 2);
        }
        working[count++] = o;
        recorder.placed(o.id, o.placedAt, o.limit, o.quantity, o.market, market.midEstimate());
        nextActivation = Math.min(nextActivation, o.activeAt);
        return o.id;
    }

    @Override
    public boolean reprice(long orderId, long priceTicks) {
        SimOrder o = find(orderId);
        if (o == null || o.market || priceTicks <= 0) {
            return false;
        }
        if (o.limit == priceTicks) {
            return true;
        }
        o.limit = priceTicks;
        o.active = false;
        o.activeAt = replay.now() + latency;
        o.queueAhead = 0;
        o.repriceCount++;
        recorder.repriced(replay.now(), priceTicks);
        nextActivation = Math.min(nextActivation, o.activeAt);
        return true;
    }

    @Override
    public boolean cancel(long orderId) {
        SimOrder o = find(orderId);
        if (o == null) {
            return false;
        }
        o.canceled = true;
        recorder.canceled(o.id, replay.now(), o.filled);
        return true;
    }

    @Override
    public boolean isOpen(long orderId) {
        return find(orderId) != null;
    }

    @Override
    public long price(long orderId) {
        SimOrder o = find(orderId);
        return o == null ? -1 : o.limit;
    }

    @Override
    public long openUnits() {
        long u = 0;
        for (int i = 0; i < count; i++) {
            if (!working[i].isDone()) {
                u += working[i].remaining();
            }
        }
        return u;
    }

    private SimOrder find(long id) {
        for (int i = 0; i < count; i++) {
            SimOrder o = working[i];
            if (o.id == id && !o.isDone()) {
                return o;
            }
        }
        return null;
    }

    // ---- market events (called by the replay loop) ----

    /** Activates every order whose latency has elapsed by {@code now}. */
    void activate(long now, Strategy strategy) {
        // Reset before the loop, not after it: fill callbacks inside the loop may place or re-price orders, and
        // those lower nextActivation through add() and reprice().
        nextActivation = Long.MAX_VALUE;
        long next = Long.MAX_VALUE;
        int n = count;
        for (int i = 0; i < n; i++) {
            SimOrder o = working[i];
            if (o.isDone() || o.active) {
                continue;
            }
            if (o.activeAt > now) {
                next = Math.min(next, o.activeAt);
                continue;
            }
            o.active = true;
            if (o.market) {
                pendingMarket = true;
            } else {
                o.queueAhead = queueOnJoining(o, now);
                takeIfMarketable(o, now, strategy);
            }
        }
        nextActivation = Math.min(nextActivation, next);
        if (pendingMarket) {
            fillMarketOrders(now, strategy);
        }
        compact();
    }

    /**
     * The queue ahead of an order joining the bid side at its limit. Book models with a recorded bid: the whole
     * displayed size when joining the best bid, nothing above it, the printed estimate below it (deeper levels
     * were not recorded). Otherwise the printed estimate, or nothing under {@link QueueEstimate#NONE}.
     */
    private long queueOnJoining(SimOrder o, long now) {
        QueueEstimate model = sim.config().queueEstimate();
        o.levelSize = -1;
        if (model == QueueEstimate.NONE) {
            return 0;
        }
        long bid = market.recordedBid();
        if (model.readsBook() && bid > 0 && o.limit >= bid) {
            if (o.limit > bid) {
                return 0;
            }
            o.levelSize = market.recordedBidSize();
            return o.levelSize;
        }
        return queueAt(o.limit, now);
    }

    private void takeIfMarketable(SimOrder o, long now, Strategy strategy) {
        long ask = market.askEstimate();
        if (ask != 0) {
            takeFromBook(o, ask, o.limit, now, strategy);
        }
    }

    /** Market orders walk the book from the ask at once, or wait for the first price when none is known yet. */
    private void fillMarketOrders(long now, Strategy strategy) {
        long ask = market.askEstimate();
        if (ask == 0) {
            return;
        }
        pendingMarket = false;
        int n = count;
        for (int i = 0; i < n; i++) {
            SimOrder o = working[i];
            if (o.market && o.active && !o.isDone()) {
                takeFromBook(o, ask, Long.MAX_VALUE, now, strategy);
            }
        }
    }

    /** Fills {@code o} level by level up the estimated ask side, one fill per price, up to {@code limit}. */
    private void takeFromBook(SimOrder o, long ask, long limit, long now, Strategy strategy) {
        while (!o.isDone()) {
            long recorded = market.recordedAsk() == ask ? market.recordedAskSize() : 0;
            long price = sim.nextTakePrice(now, ask, recorded > 0 ? recorded : sim.config().depthUnits());
            if (price > limit) {
                return;
            }
            long q = Math.min(o.remaining(), sim.unitsAtNextPrice());
            sim.took(q);
            fill(o, q, price, now, strategy);
        }
    }

    /** A print happened at {@code now}; called after the market state has seen it. */
    void onPrint(long now, long price, long quantity, Strategy strategy) {
        inPriorityOrder();
        int n = count;
        long widestAtLimit = 0;
        for (int i = 0; i < n; i++) {
            SimOrder o = working[i];
            if (o.levelSize >= 0 && o.limit == price) {
                o.levelSize = Math.max(0, o.levelSize - quantity);
            }
            o.reach = resting(o) ? sim.printReach(o, price, quantity) : 0;
            if (o.limit == price) {
                widestAtLimit = Math.max(widestAtLimit, o.reach);
            }
        }
        fillReached(n, price, widestAtLimit, now, strategy);
        if (pendingMarket) {
            fillMarketOrders(now, strategy);
        }
        compact();
    }

    /**
     * A recorded quote became current at {@code now} (after the market state took it). An ask at or below a
     * resting limit is a seller who, in the matching engine, would have met that bid first: it fills our orders
     * limited at or above it, best price first, at their limits, up to its size, with no queue or cap. Book queue
     * models then follow the best bid: a bid below our price means our level emptied (no queue ahead); a smaller
     * size at our price is handed to the queue model.
     */
    void onQuote(long now, Strategy strategy) {
        long ask = market.recordedAsk();
        if (ask > 0) {
            inPriorityOrder();
            long size = market.recordedAskSize();
            long taken = 0;
            int n = count;
            for (int i = 0; i < n && taken < size; i++) {
                SimOrder o = working[i];
                if (!resting(o) || o.limit < ask) {
                    continue;
                }
                o.queueAhead = 0;
                long q = Math.min(o.remaining(), size - taken);
                taken += q;
                fill(o, q, o.limit, now, strategy);
            }
        }
        if (sim.config().queueEstimate().readsBook()) {
            long bid = market.recordedBid();
            for (int i = 0; i < count; i++) {
                SimOrder o = working[i];
                if (!resting(o)) {
                    continue;
                }
                if (o.limit > bid) {
                    o.queueAhead = 0;
                    o.levelSize = -1;
                } else if (o.limit == bid) {
                    sim.levelShrank(o, market.recordedBidSize());
                }
            }
        }
        if (pendingMarket) {
            fillMarketOrders(now, strategy);
        }
        compact();
    }

    /**
     * Bar {@code b} closed at {@code now}. Without prints, bars drive fills: an order trades against a bar only if
     * it was active before the bar opened, and the fill is stamped at the close (when it becomes known).
     */
    void onBar(int b, long now, boolean fillFromBars, Strategy strategy) {
        if (fillFromBars) {
            inPriorityOrder();
            long open = candles.openTime(b);
            int n = count;
            long low = candles.low(b);
            long widestAtLimit = 0;
            for (int i = 0; i < n; i++) {
                SimOrder o = working[i];
                o.reach = resting(o) && o.activeAt <= open
                        ? sim.barReach(o, candles.high(b), low, candles.volume(b)) : 0;
                if (o.limit == low) {
                    widestAtLimit = Math.max(widestAtLimit, o.reach);
                }
            }
            fillReached(n, low, widestAtLimit, now, strategy);
        }
        if (pendingMarket) {
            fillMarketOrders(now, strategy);
        }
        compact();
    }

    private static boolean resting(SimOrder o) {
        return o.active && !o.market && !o.isDone();
    }

    /**
     * Shares one print's or bar's volume among the first {@code n} orders, best price first (they are in priority
     * order), as the matching engine would: each takes what reaches it and was not taken by a better-placed order.
     * Orders limited above {@code lowest}, the lowest price traded, were traded through and fill without a cap;
     * orders at exactly that price share one participation budget. Fills are at the limit: we were the resting
     * side.
     */
    private void fillReached(int n, long lowest, long widestAtLimit, long now, Strategy strategy) {
        long budget = sim.participationBudget(widestAtLimit);
        long taken = 0;
        long capped = 0;
        for (int i = 0; i < n; i++) {
            SimOrder o = working[i];
            if (o.reach <= 0 || !resting(o)) {
                continue;
            }
            long q = Math.min(o.remaining(), o.reach - taken);
            if (o.limit == lowest) {
                q = Math.min(q, budget - capped);
                capped += Math.max(0, q);
            }
            if (q > 0) {
                taken += q;
                fill(o, q, o.limit, now, strategy);
            }
        }
        sim.spent(capped);
    }

    /**
     * Sorts the working orders as the matching engine ranks bids: higher limit first, then earlier placed (ids
     * grow with time). An insertion sort, in place: the array is small and almost always already sorted.
     */
    private void inPriorityOrder() {
        for (int i = 1; i < count; i++) {
            SimOrder o = working[i];
            int j = i - 1;
            while (j >= 0 && ranksBelow(working[j], o)) {
                working[j + 1] = working[j];
                j--;
            }
            working[j + 1] = o;
        }
    }

    private static boolean ranksBelow(SimOrder a, SimOrder b) {
        return a.limit < b.limit || a.limit == b.limit && a.activeAt > b.activeAt
                || a.limit == b.limit && a.activeAt == b.activeAt && a.id > b.id;
    }

    private void fill(SimOrder o, long q, long price, long now, Strategy strategy) {
        if (o.filled == 0) {
            recorder.firstFill(now - o.placedAt);
        }
        o.filled += q;
        o.costCents += q * price;
        o.lastFillAt = now;
        recorder.fill(o.id, now, price, q);
        if (o.filled == o.quantity) {
            recorder.completed(now - o.placedAt);
        }
        account.credit(q * Prices.TOKENS_PER_UNIT, now);
        strategy.onFill(replay, o.id, price, q);
    }

    private void compact() {
        int w = 0;
        for (int r = 0; r < count; r++) {
            if (!working[r].isDone()) {
                working[w++] = working[r];
            }
        }
        for (int i = w; i < count; i++) {
            working[i] = null;
        }
        count = w;
    }

    /** The data ran out: tells the recorder which orders are still open and how much of each filled. */
    void finish() {
        for (int i = 0; i < count; i++) {
            if (!working[i].isDone()) {
                recorder.openAtEnd(working[i].filled);
            }
        }
    }

    /**
     * The queue we join at {@code limit}: volume printed at exactly that price in the look-back window, or with
     * bars only, each recent bar's volume spread evenly over its range, the share at the limit tick.
     */
    private long queueAt(long limit, long now) {
        long from = now - sim.config().queueLookbackMillis();
        long q = 0;
        if (trades != null) {
            for (int i = printCursor - 1; i >= 0 && trades.time(i) >= from; i--) {
                if (trades.price(i) == limit) {
                    q += trades.quantity(i);
                }
            }
            return q;
        }
        for (int b = market.barCount() - 1; b >= 0 && candles.closeTime(b) > from; b--) {
            long h = candles.high(b);
            long l = candles.low(b);
            if (l <= limit && limit <= h) {
                q += FillModel.spreadVolume(limit, h, l, candles.volume(b))
                        - FillModel.spreadVolume(limit - 1, h, l, candles.volume(b));
            }
        }
        return q;
    }
}
