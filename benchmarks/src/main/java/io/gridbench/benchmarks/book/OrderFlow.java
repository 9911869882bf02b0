package io.gridbench.benchmarks.book;

import io.gridbench.exchange.book.MatchListener;
import io.gridbench.exchange.book.OrderBook;
import io.gridbench.exchange.book.TreeMapOrderBook;
import io.gridbench.exchange.market.Side;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded, pre-generated stream of order-book operations that a benchmark replays in a loop, plus the opening book
 * it starts from. Generated once (allocating freely) by simulating on the reference {@link TreeMapOrderBook}, so
 * every cancel and re-price names an order that rests at that moment.
 *
 * <p>The stream is a cycle: after the mixed operations it cancels whatever rests and re-places the opening orders
 * with their original ids, in their original time priority. Replaying it again therefore meets exactly the same
 * book, however many times the loop wraps. The generator steers the book size towards {@code restingOrders}
 * (passive orders get likelier below it): with 1,000 it stays between about 870 and 1,040 resting orders on some
 * 430 price levels (the wrap-around, about 0.4 % of the operations, briefly empties it). Immutable after
 * {@link #generate}.
 *
 * <p>Mix of the mixed part (what one "op" is), as it comes out at that size: about 51 % passive limit orders
 * (1-100 units, within {@code halfSpreadTicks} of the mid, denser near the touch), 22 % cancels of a random resting
 * order, 15 % re-prices (cancel and re-place the remainder a few ticks away: one op, two book calls), 6 % market
 * orders sized to sweep 2-5 levels, 6 % marketable limit orders up to 3 ticks through the touch. Owners are drawn
 * from 64, so self-trade prevention fires now and then; with {@code sharedOwners} false every order has an owner of
 * its own (a re-priced order keeps its owner), so it never fires: the flow a book without self-trade prevention
 * (exchange-core's) matches exactly as gridbench's does.
 *
 * <p>Every operation records the owner of the order it names, cancels included: gridbench's book cancels by id alone,
 * exchange-core's checks the owner too.
 */
final class OrderFlow {

    static final byte LIMIT = 0;
    static final byte CANCEL = 1;
    static final byte REPRICE = 2;
    static final byte MARKET = 3;

    /** The mid price the flow centres on: 25.00 USD. */
    static final long MID = 2_500;

    final byte[] type;
    final long[] orderId;
    final long[] owner;
    final boolean[] buy;
    final long[] price;
    final long[] quantity;
    /** For {@link #REPRICE}: the resting order replaced. */
    final long[] replaced;
    final int openingCount;

    private OrderFlow(int capacity, int openingCount) {
        type = new byte[capacity];
        orderId = new long[capacity];
        owner = new long[capacity];
        buy = new boolean[capacity];
        price = new long[capacity];
        quantity = new long[capacity];
        replaced = new long[capacity];
        this.openingCount = openingCount;
    }

    private OrderFlow(OrderFlow ops, int length, int openingCount) {
        type = Arrays.copyOf(ops.type, length);
        orderId = Arrays.copyOf(ops.orderId, length);
        owner = Arrays.copyOf(ops.owner, length);
        buy = Arrays.copyOf(ops.buy, length);
        price = Arrays.copyOf(ops.price, length);
        quantity = Arrays.copyOf(ops.quantity, length);
        replaced = Arrays.copyOf(ops.replaced, length);
        this.openingCount = openingCount;
    }

    /**
     * @param restingOrders   the book size the flow holds steady (and the opening book's size)
     * @param halfSpreadTicks how far from the mid passive orders go: the book spans about twice this many levels
     * @param mixedOps        length of the mixed part
     */
    static OrderFlow generate(long seed, int restingOrders, int halfSpreadTicks, int mixedOps) {
        return generate(seed, restingOrders, halfSpreadTicks, mixedOps, true);
    }

    /**
     * @param sharedOwners true: owners drawn from 64, so some orders meet their owner's resting orders; false: each
     *                     order its own owner, so no self-trade prevention ever fires
     */
    static OrderFlow generate(long seed, int restingOrders, int halfSpreadTicks, int mixedOps, boolean sharedOwners) {
        Generator g = new Generator(new SplittableRandom(seed), restingOrders, halfSpreadTicks,
                mixedOps + 3 * restingOrders + 16, sharedOwners);
        return g.run(mixedOps);
    }

    /** Places the opening book: the first {@link #openingCount} operations, all passive limit orders. */
    void open(OrderBook book, MatchListener listener) {
        for (int i = 0; i < openingCount; i++) {
            apply(i, book, listener);
        }
    }

    /** Applies the operation at {@code i}, returning a quantity so the caller can consume the result. */
    long apply(int i, OrderBook book, MatchListener listener) {
        switch (type[i]) {
            case LIMIT:
                return book.placeLimit(orderId[i], owner[i], buy[i] ? Side.BUY : Side.SELL, price[i], quantity[i],
                        listener);
            case CANCEL:
                return book.cancel(orderId[i]);
            case REPRICE:
                book.cancel(replaced[i]);
                return book.placeLimit(orderId[i], owner[i], buy[i] ? Side.BUY : Side.SELL, price[i], quantity[i],
                        listener);
            default:
                return book.placeMarket(orderId[i], owner[i], buy[i] ? Side.BUY : Side.SELL, quantity[i],
                        Long.MAX_VALUE, listener);
        }
    }

    /** Index of the operation after {@code i} in the endless cycle (the opening is replayed as its last part). */
    int next(int i) {
        int n = i + 1;
        return n == type.length ? openingCount : n;
    }

    /** Simulates the flow on the reference book while writing it down. */
    private static final class Generator implements MatchListener {
        private final SplittableRandom random;
        private final int target;
        private final int halfSpread;
        private final boolean sharedOwners;
        private final OrderFlow ops;
        private final OrderBook book = new TreeMapOrderBook();
        private final List<Long> resting = new ArrayList<>();
        private final Map<Long, Integer> slot = new HashMap<>();
        /** Resting order id to {owner, 1 if buy, price}: what a re-price needs to know. */
        private final Map<Long, long[]> details = new HashMap<>();
        private final long[] depthPrices = new long[8];
        private final long[] depthQuantities = new long[8];
        private int n;
        private long nextId = 1;

        Generator(SplittableRandom random, int target, int halfSpread, int capacity, boolean sharedOwners) {
            this.random = random;
            this.target = target;
            this.halfSpread = halfSpread;
            this.sharedOwners = sharedOwners;
            this.ops = new OrderFlow(capacity, target);
        }

        OrderFlow run(int mixedOps) {
            for (int i = 0; i < target; i++) {
                passive(i % 2 == 0);
            }
            int openingEnd = n;
            for (int i = 0; i < mixedOps; i++) {
                mixed();
            }
            for (long id : new ArrayList<>(resting)) {
                record(CANCEL, id, ownerOf(id), false, 0, 0, 0);
                book.cancel(id);
                forget(id);
            }
            for (int i = 0; i < openingEnd; i++) {
                // The opening orders again, same ids and order: the book is back where the cycle began.
                record(LIMIT, ops.orderId[i], ops.owner[i], ops.buy[i], ops.price[i], ops.quantity[i], 0);
                book.placeLimit(ops.orderId[i], ops.owner[i], ops.buy[i] ? Side.BUY : Side.SELL, ops.price[i],
                        ops.quantity[i], this);
                remember(ops.orderId[i]);
            }
            if (book.orderCount() != target) {
                throw new IllegalStateException("the cycle does not restore the opening book");
            }
            return new OrderFlow(ops, n, openingEnd);
        }

        private void mixed() {
            // Feedback on the book size: below target, passive orders get likelier. Without it, sweeps and cancels
            // drain the book to a few dozen orders within thousands of operations.
            double deficit = (target - resting.size()) / (double) target;
            double passive = Math.min(0.95, Math.max(0.05, 0.45 + 2.0 * deficit));
            double r = random.nextDouble();
            if (resting.isEmpty() || r < passive) {
                passive(random.nextBoolean());
                return;
            }
            double rest = (r - passive) / (1 - passive);
            if (rest < 0.45) {
                cancel();
            } else if (rest < 0.75) {
                reprice();
            } else if (rest < 0.87) {
                sweep();
            } else {
                marketable();
            }
        }

        private void passive(boolean buy) {
            // Squaring a uniform draw puts more orders near the touch, as on a real book.
            double u = random.nextDouble();
            long distance = 1 + (long) (u * u * (halfSpread - 1));
            long p = buy ? MID - distance : MID + distance;
            limit(buy, p, 1 + random.nextInt(100));
        }

        private void marketable() {
            boolean buy = random.nextBoolean();
            long touch = buy ? book.bestAsk() : book.bestBid();
            if (touch < 0) {
                passive(buy);
                return;
            }
            long through = random.nextInt(4);
            limit(buy, buy ? touch + through : touch - through, 1 + random.nextInt(150));
        }

        private void limit(boolean buy, long p, long qty) {
            long id = nextId++;
            long who = newOwner(id);
            record(LIMIT, id, who, buy, p, qty, 0);
            if (book.placeLimit(id, who, buy ? Side.BUY : Side.SELL, p, qty, this) > 0) {
                remember(id);
            }
        }

        private void cancel() {
            long id = resting.get(random.nextInt(resting.size()));
            record(CANCEL, id, ownerOf(id), false, 0, 0, 0);
            book.cancel(id);
            forget(id);
        }

        private void reprice() {
            long old = resting.get(random.nextInt(resting.size()));
            long qty = book.remaining(old);
            boolean buy = wasBuy(old);
            long oldPrice = priceOf(old);
            long p = Math.max(1, oldPrice + (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(5)));
            long id = nextId++;
            long who = ownerOf(old);
            record(REPRICE, id, who, buy, p, qty, old);
            book.cancel(old);
            forget(old);
            if (book.placeLimit(id, who, buy ? Side.BUY : Side.SELL, p, qty, this) > 0) {
                remember(id);
            }
        }

        private void sweep() {
            boolean buy = random.nextBoolean();
            int levels = 2 + random.nextInt(4);
            int found = book.depth(buy ? Side.SELL : Side.BUY, depthPrices, depthQuantities);
            long qty = 0;
            for (int i = 0; i < Math.min(levels, found); i++) {
                qty += depthQuantities[i];
            }
            if (qty == 0) {
                passive(!buy);
                return;
            }
            long id = nextId++;
            long who = newOwner(id);
            record(MARKET, id, who, buy, 0, qty, 0);
            book.placeMarket(id, who, buy ? Side.BUY : Side.SELL, qty, Long.MAX_VALUE, this);
        }

        /** The draw is made either way, so both variants take the same random decisions until a self-trade. */
        private long newOwner(long orderId) {
            long drawn = 1 + random.nextInt(64);
            return sharedOwners ? drawn : orderId;
        }

        private void record(byte type, long id, long who, boolean buy, long p, long qty, long replaced) {
            ops.type[n] = type;
            ops.orderId[n] = id;
            ops.owner[n] = who;
            ops.buy[n] = buy;
            ops.price[n] = p;
            ops.quantity[n] = qty;
            ops.replaced[n] = replaced;
            n++;
        }

        private void remember(long id) {
            int i = n - 1;
            details.put(id, new long[]{ops.owner[i], ops.buy[i] ? 1 : 0, ops.price[i]});
            slot.put(id, resting.size());
            resting.add(id);
        }

        private void forget(long id) {
            Integer s = slot.remove(id);
            if (s == null) {
                return;
            }
            long last = resting.remove(resting.size() - 1);
            if (last != id) {
                resting.set(s, last);
                slot.put(last, s);
            }
            details.remove(id);
        }

        private long ownerOf(long id) {
            return details.get(id)[0];
        }

        private boolean wasBuy(long id) {
            return details.get(id)[1] == 1;
        }

        private long priceOf(long id) {
            return details.get(id)[2];
        }

        @Override
        public void onTrade(long takerOrderId, long takerOwner, long makerOrderId, long makerOwner, long priceTicks,
                            long quantity, long makerRemaining) {
            if (makerRemaining == 0) {
                forget(makerOrderId);
            }
        }

        @Override
        public void onSelfTradeCancel(long takerOrderId, long makerOrderId, long makerOwner, long priceTicks,
                                      long canceledQuantity) {
            forget(makerOrderId);
        }
    }
}
