package io.gridbench.exchange.venue;

import io.gridbench.exchange.matching.Order;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The orders the venue accepted or rejected: by id, per account (for listing) and by client order id (for
 * idempotent retries). Owned by the venue's core thread.
 *
 * <p>By default nothing is forgotten. Two retentions drop finished orders (filled, canceled, rejected), after which
 * looking one up finds nothing; open orders are never dropped:
 * <ul>
 *   <li>by count ({@link Retention#maxOrders()}, the live server): beyond {@code maxOrders} stored orders the oldest
 *       finished ones go; each add examines at most {@value #DROP_STEPS} of the oldest orders, dropping the finished
 *       and moving the open ones to the back of the queue, and per-account lists are compacted once half their
 *       entries are dropped, so the work per order stays constant;</li>
 *   <li>by age ({@link #retainFinishedFor}, simulated-time runs over weeks, whose millions of agent orders would
 *       otherwise cost most of their time in garbage collection): orders finished longer ago than the retention,
 *       in venue time, go in a sweep every {@value #SWEEP_EVERY} orders.</li>
 * </ul>
 */
final class OrderRegistry {
    static final String CREATED_AT = "created_at";
    static final String UPDATED_AT = "updated_at";
    static final int SWEEP_EVERY = 65_536;
    private static final int DROP_STEPS = 4;

    private final int maxOrders;
    private final Map<String, Order> byId = new HashMap<>();
    private final Map<String, AccountOrders> byAccount = new HashMap<>();
    private final Map<String, Order> byClientId = new HashMap<>();
    /** Every stored order, oldest first (open orders that were passed over go back to the end); count retention only. */
    private final ArrayDeque<Order> byAge = new ArrayDeque<>();
    private long retentionMillis = Long.MAX_VALUE;
    private int addsSinceSweep;

    OrderRegistry() {
        this(Integer.MAX_VALUE);
    }

    OrderRegistry(int maxOrders) {
        this.maxOrders = maxOrders;
    }

    /**
     * One account's orders in creation order (so in sequence order); dropped ones stay in the list until it is
     * compacted. {@code createdInOrder} stays true while no order was created at an earlier time than the one before
     * it (a wall clock that stepped back), so the list is also in (created_at, sequence) order.
     */
    private static final class AccountOrders {
        private final List<Order> orders = new ArrayList<>();
        private final Set<Order> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        private boolean createdInOrder = true;

        void add(Order order) {
            if (!orders.isEmpty() && order.createdAtMillis() < orders.get(orders.size() - 1).createdAtMillis()) {
                createdInOrder = false;
            }
            orders.add(order);
        }

        boolean isDropped(Order order) {
            return !dropped.isEmpty() && dropped.contains(order);
        }

        void compact() {
            orders.removeIf(dropped::contains);
            dropped.clear();
        }
    }

    /** Drops orders finished more than {@code millis} before the newest order's creation; see the class doc. */
    void retainFinishedFor(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("retention must not be negative, got " + millis);
        }
        retentionMillis = millis;
    }

    void add(Order order) {
        byId.put(order.orderId(), order);
        byAccount.computeIfAbsent(order.accountId(), a -> new AccountOrders()).add(order);
        if (order.clientOrderId() != null) {
            byClientId.put(clientKey(order.accountId(), order.clientOrderId()), order);
        }
        if (maxOrders != Integer.MAX_VALUE) {
            byAge.addLast(order);
            dropOldestFinished();
        }
        if (retentionMillis != Long.MAX_VALUE && ++addsSinceSweep >= SWEEP_EVERY) {
            addsSinceSweep = 0;
            sweep(order.createdAtMillis() - retentionMillis);
        }
    }

    /** The number of orders stored. */
    int size() {
        return byId.size();
    }

    private void dropOldestFinished() {
        for (int step = 0; step < DROP_STEPS && byId.size() > maxOrders; step++) {
            Order oldest = byAge.pollFirst();
            if (byId.get(oldest.orderId()) != oldest) {
                continue;
            }
            if (!oldest.status().isTerminal()) {
                byAge.addLast(oldest);
                continue;
            }
            byId.remove(oldest.orderId());
            if (oldest.clientOrderId() != null) {
                byClientId.remove(clientKey(oldest.accountId(), oldest.clientOrderId()), oldest);
            }
            AccountOrders account = byAccount.get(oldest.accountId());
            account.dropped.add(oldest);
            if (account.dropped.size() * 2 >= account.orders.size()) {
                account.compact();
            }
        }
    }

    private void sweep(long finishedBefore) {
        byId.values().removeIf(o -> isStale(o, finishedBefore));
        for (AccountOrders account : byAccount.values()) {
            account.orders.removeIf(o -> isStale(o, finishedBefore));
            account.compact();
        }
        byClientId.values().removeIf(o -> isStale(o, finishedBefore));
    }

    private static boolean isStale(Order o, long finishedBefore) {
        return o.status().isTerminal() && o.updatedAtMillis() < finishedBefore;
    }

    /** The order, if it exists and belongs to the account; otherwise null. */
    Order find(String accountId, String orderId) {
        Order order = orderId == null ? null : byId.get(orderId);
        return order != null && order.accountId().equals(accountId) ? order : null;
    }

    Order findByClientId(String accountId, String clientOrderId) {
        return clientOrderId == null ? null : byClientId.get(clientKey(accountId, clientOrderId));
    }

    /** The account's stored orders, oldest first. */
    List<Order> ofAccount(String accountId) {
        AccountOrders account = byAccount.get(accountId);
        if (account == null) {
            return List.of();
        }
        if (account.dropped.isEmpty()) {
            return account.orders;
        }
        List<Order> kept = new ArrayList<>(account.orders.size() - account.dropped.size());
        for (Order o : account.orders) {
            if (!account.dropped.contains(o)) {
                kept.add(o);
            }
        }
        return kept;
    }

    /**
     * A page of the account's orders; the query's fields are already validated except the cursor. Listing by
     * creation time walks the account's list from the cursor and stops once the page and one more match are found:
     * that list is already in (created_at, sequence) order while the venue clock never went back for the account.
     * Listing by update time, or after the clock went back, filters and sorts every stored order of the account.
     */
    Page<OrderView> page(String accountId, OrderQuery query, String orderBy) {
        boolean byUpdate = UPDATED_AT.equals(orderBy);
        String direction = query.descending() ? "desc" : "asc";
        long[] cursor = null;
        if (query.cursor() != null) {
            String[] c = Cursors.decode(query.cursor(), "orders", 5);
            if (!c[1].equals(orderBy) || !c[2].equals(direction)) {
                throw new VenueException(422, "cursor", "cursor was issued for order_by=" + c[1] + " " + c[2]
                        + ", not " + orderBy + " " + direction);
            }
            cursor = new long[] {Cursors.number(c[3]), Cursors.number(c[4])};
        }
        AccountOrders account = byAccount.get(accountId);
        if (account == null) {
            return new Page<>(List.of(), null);
        }
        return !byUpdate && account.createdInOrder
                ? walkInCreationOrder(account, query, cursor)
                : sortedPage(ofAccount(accountId), query, orderBy, byUpdate, cursor);
    }

    private static Page<OrderView> walkInCreationOrder(AccountOrders account, OrderQuery query, long[] cursor) {
        List<Order> orders = account.orders;
        boolean descending = query.descending();
        int step = descending ? -1 : 1;
        int i;
        if (cursor == null) {
            i = descending ? orders.size() - 1 : 0;
        } else if (descending) {
            // Just below the cursor's order; sequences are whole numbers: "at or after (t, s)" is "after (t, s - 1)".
            i = firstAfter(orders, cursor[0], cursor[1] - 1) - 1;
        } else {
            i = firstAfter(orders, cursor[0], cursor[1]);
        }
        List<OrderView> items = new ArrayList<>(Math.min(query.limit(), orders.size()));
        Order last = null;
        for (; i >= 0 && i < orders.size(); i += step) {
            Order o = orders.get(i);
            if (!matches(o, query) || account.isDropped(o)) {
                continue;
            }
            if (items.size() == query.limit()) {
                return new Page<>(items, nextCursor(CREATED_AT, descending, last, false));
            }
            items.add(OrderView.of(o));
            last = o;
        }
        return new Page<>(items, null);
    }

    private static Page<OrderView> sortedPage(List<Order> stored, OrderQuery query, String orderBy, boolean byUpdate,
                                              long[] cursor) {
        Comparator<Order> order = Comparator.comparingLong((Order o) -> sortKey(o, byUpdate))
                .thenComparingLong(Order::sequence);
        if (query.descending()) {
            order = order.reversed();
        }
        List<Order> matching = new ArrayList<>();
        for (Order o : stored) {
            if (matches(o, query)) {
                matching.add(o);
            }
        }
        matching.sort(order);
        int start = 0;
        if (cursor != null) {
            while (start < matching.size() && !isAfter(matching.get(start), byUpdate, cursor[0], cursor[1],
                    query.descending())) {
                start++;
            }
        }
        int end = Math.min(matching.size(), start + query.limit());
        List<OrderView> items = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            items.add(OrderView.of(matching.get(i)));
        }
        String next = end < matching.size() ? nextCursor(orderBy, query.descending(), matching.get(end - 1), byUpdate)
                : null;
        return new Page<>(items, next);
    }

    private static boolean matches(Order o, OrderQuery query) {
        return (query.marketId() == null || query.marketId().equals(o.marketId()))
                && (query.side() == null || query.side() == o.side())
                && (query.status() == null || query.status() == o.status());
    }

    private static String nextCursor(String orderBy, boolean descending, Order last, boolean byUpdate) {
        return Cursors.encode("orders|" + orderBy + "|" + (descending ? "desc" : "asc") + "|"
                + sortKey(last, byUpdate) + "|" + last.sequence());
    }

    /** The index of the first order after (createdAt, sequence) in a list sorted by both. */
    private static int firstAfter(List<Order> orders, long createdAt, long sequence) {
        int lo = 0;
        int hi = orders.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Order o = orders.get(mid);
            int cmp = Long.compare(o.createdAtMillis(), createdAt);
            if (cmp > 0 || cmp == 0 && o.sequence() > sequence) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static boolean isAfter(Order o, boolean byUpdate, long key, long sequence, boolean descending) {
        int cmp = Long.compare(sortKey(o, byUpdate), key);
        if (cmp == 0) {
            cmp = Long.compare(o.sequence(), sequence);
        }
        return descending ? cmp < 0 : cmp > 0;
    }

    private static long sortKey(Order o, boolean byUpdate) {
        return byUpdate ? o.updatedAtMillis() : o.createdAtMillis();
    }

    private static String clientKey(String accountId, String clientOrderId) {
        return accountId + '\u0000' + clientOrderId;
    }
}
