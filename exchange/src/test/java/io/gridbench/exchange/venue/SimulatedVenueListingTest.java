package io.gridbench.exchange.venue;

import io.gridbench.exchange.market.OrderStatus;
import io.gridbench.exchange.market.OrderType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.gridbench.exchange.market.Side.BUY;
import static io.gridbench.exchange.market.Side.SELL;
import static io.gridbench.exchange.venue.SimulatedVenueTradingTest.assertField;
import static io.gridbench.exchange.venue.VenueFixture.CHAT;
import static io.gridbench.exchange.venue.VenueFixture.CODE;
import static org.assertj.core.api.Assertions.assertThat;

class SimulatedVenueListingTest {
    private final VenueFixture f = new VenueFixture();
    private final SimulatedVenue venue = f.venue;
    private final List<String> placed = new ArrayList<>();

    @BeforeEach
    void placeSixOrdersOneSecondApart() {
        venue.openAccount("acct_a", 1_000_000, false);
        venue.depositUnits("acct_a", "chat-fast", 100);
        venue.depositUnits("acct_a", "code-max", 100);
        place(CHAT, BUY, 100);
        place(CHAT, SELL, 300);
        place(CODE, BUY, 100);
        place(CHAT, BUY, 110);
        place(CODE, SELL, 300);
        place(CHAT, SELL, 310);
    }

    private void place(String market, io.gridbench.exchange.market.Side side, long price) {
        f.clock.advance(1_000);
        placed.add(venue.placeOrder(new PlaceOrder("acct_a", market, side, OrderType.LIMIT, price, 1, null, 0))
                .orderId());
    }

    private static OrderQuery query(String market, io.gridbench.exchange.market.Side side, OrderStatus status,
                                    String orderBy, boolean descending, String cursor, int limit) {
        return new OrderQuery(market, side, status, orderBy, descending, cursor, limit);
    }

    @Test
    void listsNewestFirstByDefault() {
        Page<OrderView> page = venue.orders("acct_a", query(null, null, null, null, true, null, 100));

        assertThat(page.items()).extracting(OrderView::orderId)
                .containsExactly(placed.get(5), placed.get(4), placed.get(3), placed.get(2), placed.get(1),
                        placed.get(0));
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void filtersByMarketSideAndStatus() {
        venue.cancelOrder("acct_a", placed.get(3));

        assertThat(venue.orders("acct_a", query(CHAT, BUY, null, null, false, null, 10)).items())
                .extracting(OrderView::orderId).containsExactly(placed.get(0), placed.get(3));
        assertThat(venue.orders("acct_a", query(null, null, OrderStatus.CANCELED, null, true, null, 10)).items())
                .extracting(OrderView::orderId).containsExactly(placed.get(3));
        assertThat(venue.orders("acct_a", query(CODE, SELL, OrderStatus.OPEN, null, true, null, 10)).items())
                .extracting(OrderView::orderId).containsExactly(placed.get(4));
    }

    @Test
    void cursorWalksEveryOrderExactlyOnce() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<OrderView> page = venue.orders("acct_a", query(null, null, null, "created_at", false, cursor, 4));
            page.items().forEach(o -> seen.add(o.orderId()));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(placed);
    }

    @Test
    void ordersByUpdateTimeSeeLatestChangesFirst() {
        f.clock.advance(1_000);
        venue.cancelOrder("acct_a", placed.get(0));

        Page<OrderView> page = venue.orders("acct_a", query(null, null, null, "updated_at", true, null, 2));

        assertThat(page.items()).extracting(OrderView::orderId).containsExactly(placed.get(0), placed.get(5));
        assertThat(page.nextCursor()).isNotNull();
    }

    @Test
    void rejectsBadListingParameters() {
        assertField(() -> venue.orders("acct_a", query(null, null, null, null, true, null, 0)), 422, "limit");
        assertField(() -> venue.orders("acct_a", query(null, null, null, null, true, null, 101)), 422, "limit");
        assertField(() -> venue.orders("acct_a", query(null, null, null, "price", true, null, 10)), 422,
                "order_by");
        assertField(() -> venue.orders("acct_a", query(null, null, null, null, true, "garbage!", 10)), 422,
                "cursor");
        assertField(() -> venue.orders("acct_a", query("market_x", null, null, null, true, null, 10)), 404,
                "market_id");
        String cursor = venue.orders("acct_a", query(null, null, null, "created_at", true, null, 1)).nextCursor();
        assertField(() -> venue.orders("acct_a", query(null, null, null, "updated_at", true, cursor, 10)), 422,
                "cursor");
    }
}
