package io.gridbench.exchange.agents;

import io.gridbench.exchange.market.OrderStatus;
import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.venue.OrderView;
import io.gridbench.exchange.venue.PlaceOrder;
import io.gridbench.exchange.venue.Venue;

import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * All agents of one instrument, driven as a discrete-event simulation: the reference price, the supplier's ask
 * ladder, the bidder's bid ladder and the background traders (buyers and sellers, in separate accounts so they
 * never trade with themselves). Every event has its own timestamp, so a seed gives the same order flow however
 * often the clock is polled.
 *
 * <p>The exogenous randomness comes from four independent streams split from the instrument's seed: arrival times
 * (and their time-of-day thinning), the attributes of each flow order (side, size, kind, price offset, lifetime),
 * the reference price's diffusion, and jumps (their times and sizes). No draw depends on the state of the book: a
 * passive order's lifetime is drawn and its cancellation scheduled even when it filled at once, and the set of event
 * times is fixed by the seed. So a run with an extra participant (a strategy under test) sees the same arrivals,
 * sizes and reference path as a run without it; the two differ only by that participant's orders and the book's
 * response to them. Owned by the venue's core thread.
 */
final class InstrumentAgents {
    /** Ladders are re-centred only when the reference moved this many ticks, so noise does not churn the book. */
    private static final double REQUOTE_THRESHOLD_TICKS = 0.6;
    private static final int PASSIVE_DEPTH_TICKS = 3;
    private static final int MARKETABLE_EXTRA_TICKS = 3;

    private final String name;
    private final String marketId;
    private final AgentSettings settings;
    private final SplittableRandom arrivals;
    private final SplittableRandom orders;
    private final SplittableRandom path;
    private final SplittableRandom jumps;
    private final ReferencePrice reference;
    private final QuoteLadder asks;
    private final QuoteLadder bids;
    private final String buyerAccount;
    private final String sellerAccount;
    private final double maxRatePerMilli;
    private final PriorityQueue<PendingCancel> cancels = new PriorityQueue<>();

    private double quotedReferenceTicks;
    private long nextArrival;
    private long nextJump;
    private long nextRequote;
    private long flowRejected;

    InstrumentAgents(String name, String marketId, AgentSettings settings, SplittableRandom random, long startMillis) {
        this.name = name;
        this.marketId = marketId;
        this.settings = settings;
        this.arrivals = random.split();
        this.orders = random.split();
        this.path = random.split();
        this.jumps = random.split();
        this.reference = new ReferencePrice(settings.referencePrice(name), settings.price(),
                settings.flow().peakHourUtc(), startMillis);
        this.asks = new QuoteLadder(Side.SELL, AgentAccounts.supplier(name), marketId, settings.ladder());
        this.bids = new QuoteLadder(Side.BUY, AgentAccounts.bidder(name), marketId, settings.ladder());
        this.buyerAccount = AgentAccounts.buyers(name);
        this.sellerAccount = AgentAccounts.sellers(name);
        OrderFlowSettings flow = settings.flow();
        this.maxRatePerMilli = flow.ordersPerMinute() * (1 + flow.intradayIntensityAmplitude()) / 60_000.0;
        this.nextArrival = after(startMillis, maxRatePerMilli, arrivals);
        this.nextJump = after(startMillis, settings.price().jumpsPerDay() / 86_400_000.0, jumps);
        this.nextRequote = startMillis + settings.ladder().requoteIntervalMillis();
    }

    String name() {
        return name;
    }

    /** Puts both ladders around the starting reference. */
    void seed(Venue venue, long nowMillis) {
        recentre(venue, nowMillis);
    }

    /** The time of this instrument's next event. */
    long nextEventAt() {
        long next = Math.min(nextRequote, Math.min(nextJump, nextArrival));
        PendingCancel head = cancels.peek();
        return head == null ? next : Math.min(next, head.atMillis());
    }

    /** Runs the earliest pending event. Ties run in a fixed order: re-quote, jump, cancel, arrival. */
    void runNextEvent(Venue venue) {
        long at = nextEventAt();
        reference.advanceTo(at, path);
        if (nextRequote == at) {
            nextRequote = at + settings.ladder().requoteIntervalMillis();
            requote(venue, at);
        } else if (nextJump == at) {
            nextJump = after(at, settings.price().jumpsPerDay() / 86_400_000.0, jumps);
            reference.jump(jumps);
        } else if (!cancels.isEmpty() && cancels.peek().atMillis() == at) {
            PendingCancel expired = cancels.poll();
            if (!venue.order(expired.accountId(), expired.orderId()).status().isTerminal()) {
                venue.cancelOrder(expired.accountId(), expired.orderId());
            }
        } else {
            nextArrival = after(at, maxRatePerMilli, arrivals);
            // Thinning: candidates arrive at the peak rate and are kept with the time-of-day share of it.
            if (arrivals.nextDouble() * (1 + settings.flow().intradayIntensityAmplitude()) < intensity(at)) {
                placeFlowOrder(venue, at);
            }
        }
    }

    double referenceTicks() {
        return reference.ticks();
    }

    long rejectedOrders() {
        return asks.rejected() + bids.rejected() + flowRejected;
    }

    private void requote(Venue venue, long nowMillis) {
        if (Math.abs(reference.ticks() - quotedReferenceTicks) >= REQUOTE_THRESHOLD_TICKS) {
            recentre(venue, nowMillis);
        } else {
            asks.replenish(venue, nowMillis);
            bids.replenish(venue, nowMillis);
        }
    }

    /** Moves both ladders; both are cancelled before either is placed so the agents never cross each other. */
    private void recentre(Venue venue, long nowMillis) {
        quotedReferenceTicks = reference.ticks();
        double halfSpread = settings.ladder().halfSpread();
        long bestAsk = Math.max((long) Math.ceil(quotedReferenceTicks * (1 + halfSpread)),
                (long) Math.floor(quotedReferenceTicks) + 1);
        long bestBid = Math.max(1, Math.min((long) Math.floor(quotedReferenceTicks * (1 - halfSpread)),
                (long) Math.ceil(quotedReferenceTicks) - 1));
        if (bestBid >= bestAsk) {
            bestAsk = bestBid + 1;
        }
        asks.cancelAll(venue);
        bids.cancelAll(venue);
        asks.place(venue, bestAsk, nowMillis);
        bids.place(venue, bestBid, nowMillis);
    }

    private void placeFlowOrder(Venue venue, long nowMillis) {
        OrderFlowSettings flow = settings.flow();
        Side side = orders.nextDouble() < flow.buyShare() ? Side.BUY : Side.SELL;
        long units = Math.max(1, Math.min(flow.maxUnits(),
                Math.round(flow.medianUnits() * Math.exp(flow.unitsSigma() * orders.nextGaussian()))));
        double kind = orders.nextDouble();
        String account = side == Side.BUY ? buyerAccount : sellerAccount;
        long bestAsk = asks.bestTicks();
        long bestBid = bids.bestTicks();
        OrderView order;
        if (kind < flow.marketShare()) {
            order = venue.placeOrder(new PlaceOrder(account, marketId, side, OrderType.MARKET, 0, units, null,
                    nowMillis));
        } else if (kind < flow.marketShare() + flow.marketableLimitShare()) {
            long extra = orders.nextInt(MARKETABLE_EXTRA_TICKS);
            long price = side == Side.BUY ? bestAsk + extra : Math.max(1, bestBid - extra);
            order = venue.placeOrder(new PlaceOrder(account, marketId, side, OrderType.LIMIT, price, units, null,
                    nowMillis));
        } else {
            // Anywhere from a few ticks behind the own side's best level up to one tick short of the other side.
            long span = bestAsk - bestBid - 1 + PASSIVE_DEPTH_TICKS;
            long offset = orders.nextLong(span) - PASSIVE_DEPTH_TICKS + 1;
            long price = side == Side.BUY ? bestBid + offset : bestAsk - offset;
            long lifetime = Math.max(1, (long) (orders.nextExponential() * flow.passiveLifetimeMinutes() * 60_000));
            order = venue.placeOrder(new PlaceOrder(account, marketId, side, OrderType.LIMIT, Math.max(1, price),
                    units, null, nowMillis));
            // Scheduled even when the order filled at once, so the event times never depend on the book.
            cancels.add(new PendingCancel(nowMillis + lifetime, account, order.orderId()));
        }
        if (order.status() == OrderStatus.REJECTED) {
            flowRejected++;
        }
    }

    /** The arrival rate at a time of day, relative to the mean rate. */
    private double intensity(long millis) {
        OrderFlowSettings flow = settings.flow();
        double hour = Math.floorMod(millis, 86_400_000L) / 3_600_000.0;
        return 1 + flow.intradayIntensityAmplitude() * Math.cos(2 * Math.PI * (hour - flow.peakHourUtc()) / 24.0);
    }

    /** The next arrival of a Poisson process of {@code ratePerMilli}, never at the same millisecond. */
    private static long after(long millis, double ratePerMilli, SplittableRandom stream) {
        if (ratePerMilli <= 0) {
            return Long.MAX_VALUE;
        }
        return millis + Math.max(1, (long) Math.ceil(stream.nextExponential() / ratePerMilli));
    }

    /** A passive flow order's planned cancellation. */
    private record PendingCancel(long atMillis, String accountId, String orderId) implements Comparable<PendingCancel> {
        @Override
        public int compareTo(PendingCancel other) {
            return Long.compare(atMillis, other.atMillis);
        }
    }
}
