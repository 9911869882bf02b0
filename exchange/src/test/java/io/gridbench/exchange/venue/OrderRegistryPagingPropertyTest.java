package io.gridbench.exchange.venue;

import io.gridbench.exchange.market.OrderStatus;
import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.matching.Order;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Paging through an account's orders, whatever the filters, direction, page size, retention and clock, yields
 * exactly the account's stored orders filtered and sorted by (key, sequence), page after page, each cursor naming
 * its page's last order: the specification that both the creation-order walk and the sorting path must meet.
 */
class OrderRegistryPagingPropertyTest {
    private static final List<String> ACCOUNTS = List.of("acct_a", "acct_b");
    private static final List<String> MARKETS = List.of("market_a", "market_b");
    private static final long T0 = 1_700_000_000_000L;
    /** Fixed so CI runs are reproducible; QuickTheories prints the seed and the shrunk counterexample on failure. */
    private static final long SEED = 0x0DE5_1157L;

    /** One placement; {@code clockStep} may be negative (a wall clock stepping back), {@code reject} finishes it. */
    record Placement(int account, int market, boolean buy, int clockStep, boolean reject) {
    }

    @Test
    void pagesConcatenateToTheFilteredSortedOrdersWithCursorsAtEachPageEnd() {
        qt().withFixedSeed(SEED).withExamples(200).withShrinkCycles(20)
                .forAll(lists().of(placements()).ofSizeBetween(0, 40), integers().between(1, 50),
                        integers().between(1, 5), booleans().all())
                .checkAssert((placements, maxOrders, limit, clockGoesBack) -> {
                    OrderRegistry registry = new OrderRegistry(maxOrders >= 45 ? Integer.MAX_VALUE : maxOrders);
                    List<Order> placed = place(registry, placements, clockGoesBack);
                    for (String account : ACCOUNTS) {
                        for (OrderQuery query : queries(limit)) {
                            assertPagesMatchSpecification(registry, placed, account, query);
                        }
                    }
                });
    }

    private static Gen<Placement> placements() {
        return integers().between(0, 1).zip(integers().between(0, 1), booleans().all(), integers().between(-1, 3),
                integers().between(0, 2), (account, market, buy, step, reject) ->
                        new Placement(account, market, buy, step, reject == 0));
    }

    private static List<Order> place(OrderRegistry registry, List<Placement> placements, boolean clockGoesBack) {
        List<Order> placed = new ArrayList<>();
        long now = T0;
        long sequence = 1;
        for (Placement p : placements) {
            now += (clockGoesBack ? p.clockStep() : Math.abs(p.clockStep())) * 1_000L;
            Order order = new Order(sequence, "order_" + sequence, null, ACCOUNTS.get(p.account()), p.account(),
                    MARKETS.get(p.market()), p.buy() ? Side.BUY : Side.SELL, OrderType.LIMIT, 100, 1, now);
            sequence++;
            registry.add(order);
            if (p.reject()) {
                order.reject("insufficient funds", now + 500);
            }
            placed.add(order);
        }
        return placed;
    }

    private static List<OrderQuery> queries(int limit) {
        List<OrderQuery> queries = new ArrayList<>();
        for (String orderBy : List.of(OrderRegistry.CREATED_AT, OrderRegistry.UPDATED_AT)) {
            for (boolean descending : new boolean[] {true, false}) {
                for (String market : Arrays.asList(null, MARKETS.get(0))) {
                    for (OrderStatus status : Arrays.asList(null, OrderStatus.OPEN, OrderStatus.REJECTED)) {
                        queries.add(new OrderQuery(market, null, status, orderBy, descending, null, limit));
                        queries.add(new OrderQuery(market, Side.BUY, status, orderBy, descending, null, limit));
                    }
                }
            }
        }
        return queries;
    }

    private static void assertPagesMatchSpecification(OrderRegistry registry, List<Order> placed, String account,
                                                      OrderQuery query) {
        List<OrderView> expected = specification(registry, placed, account, query);
        List<OrderView> seen = new ArrayList<>();
        String cursor = null;
        do {
            OrderQuery next = new OrderQuery(query.marketId(), query.side(), query.status(), query.orderBy(),
                    query.descending(), cursor, query.limit());
            Page<OrderView> page = registry.page(account, next, query.orderBy());
            seen.addAll(page.items());
            assertThat(seen).as("pages never repeat an order").hasSizeLessThanOrEqualTo(expected.size());
            cursor = page.nextCursor();
            if (cursor != null) {
                assertThat(page.items()).hasSize(query.limit());
                assertThat(cursor).isEqualTo(cursorAt(seen.get(seen.size() - 1), placed, query));
            }
        } while (cursor != null);

        assertThat(seen).as("%s of %s", query, account).isEqualTo(expected);
    }

    /** Every stored order of the account passing the filters, sorted by (key, sequence) in the query's direction. */
    private static List<OrderView> specification(OrderRegistry registry, List<Order> placed, String account,
                                                 OrderQuery query) {
        boolean byUpdate = query.orderBy().equals(OrderRegistry.UPDATED_AT);
        Comparator<Order> order = Comparator.comparingLong(
                (Order o) -> byUpdate ? o.updatedAtMillis() : o.createdAtMillis()).thenComparingLong(Order::sequence);
        return placed.stream()
                .filter(o -> registry.find(account, o.orderId()) == o)
                .filter(o -> query.marketId() == null || query.marketId().equals(o.marketId()))
                .filter(o -> query.side() == null || query.side() == o.side())
                .filter(o -> query.status() == null || query.status() == o.status())
                .sorted(query.descending() ? order.reversed() : order)
                .map(OrderView::of)
                .toList();
    }

    private static String cursorAt(OrderView last, List<Order> placed, OrderQuery query) {
        boolean byUpdate = query.orderBy().equals(OrderRegistry.UPDATED_AT);
        Order order = placed.stream().filter(o -> o.orderId().equals(last.orderId())).findFirst().orElseThrow();
        return Cursors.encode("orders|" + query.orderBy() + "|" + (query.descending() ? "desc" : "asc") + "|"
                + (byUpdate ? order.updatedAtMillis() : order.createdAtMillis()) + "|" + order.sequence());
    }
}
