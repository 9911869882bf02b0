package io.gridbench.exchange.venue;

import io.gridbench.exchange.matching.Order;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every order the venue ever accepted or rejected: by id, per account (for listing) and by client order id (for
 * idempotent retries). Owned by the venue's core thread.
 *
 * <p>By default nothing is forgotten. A simulated-time run over weeks places millions of agent orders, and keeping
 * them all costs most of its time in garbage collection; it can set a retention, after which an order that has been
 * finished (filled, canceled, rejected) for longer is dropped: looked up, it is then unknown. Open orders are never
 * dropped. The sweep runs every {@value #SWEEP_EVERY} orders, so its cost per order is constant.
 */
final class OrderRegistry {
    static final String CREATED_AT = "created_at";
    static final String UPDATED_AT = "updated_at";
    static final int SWEEP_EVERY = 65_536;

    private final Map<String, Order> byId = new HashMap<>();
    private final Map<String, List<Order>> byAccount = new HashMap<>();
    private final Map<String, Order> byClientId = new HashMap<>();
    private long retentionMillis = Long.MAX_VALUE;
    private int addsSinceSweep;

    /** Drops orders finished more than {@code millis} before the newest order's creation; see the class doc. */
    void retainFinishedFor(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("retention must not be negative, got " + millis);
        }
        retentionMillis = millis;
    }

    void add(Order order) {
        byId.put(order.orderId(), order);
        byAccount.computeIfAbsent(order.accountId(), a -> new ArrayList<>()).add(order);
        if (order.clientOrderId() != null) {
            byClientId.put(clientKey(order.accountId(), order.clientOrderId()), order);
        }
        if (retentionMillis != Long.MAX_VALUE && ++addsSinceSweep >= SWEEP_EVERY) {
            addsSinceSweep = 0;
            sweep(order.createdAtMillis() - retentionMillis);
        }
    }

    private void sweep(long finishedBefore) {
        byId.values().removeIf(o -> isStale(o, finishedBefore));
        for (List<Order> orders : byAccount.values()) {
            orders.removeIf(o -> isStale(o, finishedBefore));
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

    List<Order> ofAccount(String accountId) {
        return byAccount.getOrDefault(accountId, List.of());
    }

    /** A page of the account's orders; the query's fields are already validated except the cursor. */
    Page<OrderView> page(String accountId, OrderQuery query, String orderBy) {
        boolean byUpdate = UPDATED_AT.equals(orderBy);
        String direction = query.descending() ? "desc" : "asc";
        Comparator<Order> order = Comparator.comparingLong((Order o) -> sortKey(o, byUpdate))
                .thenComparingLong(Order::sequence);
        if (query.descending()) {
            order = order.reversed();
        }
        List<Order> matching = new ArrayList<>();
        for (Order o : ofAccount(accountId)) {
            if ((query.marketId() == null || query.marketId().equals(o.marketId()))
                    && (query.side() == null || query.side() == o.side())
                    && (query.status() == null || query.status() == o.status())) {
                matching.add(o);
            }
        }
        matching.sort(order);
        int start = 0;
        if (query.cursor() != null) {
            String[] c = Cursors.decode(query.cursor(), "orders", 5);
            if (!c[1].equals(orderBy) || !c[2].equals(direction)) {
                throw new VenueException(422, "cursor", "cursor was issued for order_by=" + c[1] + " " + c[2]
                        + ", not " + orderBy + " " + direction);
            }
            long key = Cursors.number(c[3]);
            long sequence = Cursors.number(c[4]);
            while (start < matching.size() && !isAfter(matching.get(start), byUpdate, key, sequence,
                    query.descending())) {
                start++;
            }
        }
        int end = Math.min(matching.size(), start + query.limit());
        List<OrderView> items = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            items.add(OrderView.of(matching.get(i)));
        }
        String next = null;
        if (end < matching.size()) {
            Order last = matching.get(end - 1);
            next = Cursors.encode("orders|" + orderBy + "|" + direction + "|" + sortKey(last, byUpdate) + "|"
                    + last.sequence());
        }
        return new Page<>(items, next);
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
