package io.gridbench.exchange.venue;

import io.gridbench.exchange.market.OrderStatus;
import io.gridbench.exchange.marketdata.TradePrint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.gridbench.exchange.market.Side.BUY;
import static io.gridbench.exchange.market.Side.SELL;
import static io.gridbench.exchange.venue.SimulatedVenueTradingTest.assertField;
import static org.assertj.core.api.Assertions.assertThat;

/** A venue with bounded retention keeps its open orders and the newest history, and forgets the rest. */
class SimulatedVenueRetentionTest {
    private final VenueFixture f = new VenueFixture(new Retention(10, 3, 300_000));
    private final SimulatedVenue venue = f.venue;

    /** Places and cancels one order: a finished order. */
    private String finishedOrder(String account) {
        String id = f.limit(account, BUY, 100, 1).orderId();
        venue.cancelOrder(account, id);
        return id;
    }

    @Test
    void finishedOrdersBeyondTheLimitAreDroppedOldestFirst() {
        venue.openAccount("acct_b", 1_000_000, false);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            ids.add(finishedOrder("acct_b"));
        }

        assertThat(venue.ordersOf("acct_b")).hasSizeLessThanOrEqualTo(10);
        assertField(() -> venue.order("acct_b", ids.get(0)), 404, "order_id");
        assertThat(venue.order("acct_b", ids.get(499)).status()).isEqualTo(OrderStatus.CANCELED);
    }

    @Test
    void openOrdersAreNeverDropped() {
        venue.openAccount("acct_b", 1_000_000, false);
        List<String> resting = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            resting.add(f.limit("acct_b", BUY, 100 + i, 1).orderId());
        }
        for (int i = 0; i < 500; i++) {
            finishedOrder("acct_b");
        }

        for (String id : resting) {
            assertThat(venue.order("acct_b", id).status()).isEqualTo(OrderStatus.OPEN);
        }
    }

    @Test
    void listingShowsOnlyTheKeptOrders() {
        venue.openAccount("acct_b", 1_000_000, false);
        for (int i = 0; i < 50; i++) {
            finishedOrder("acct_b");
        }

        Page<OrderView> page = venue.orders("acct_b", new OrderQuery(null, null, null, null, true, null, 100));

        assertThat(page.items()).hasSizeLessThanOrEqualTo(10).isNotEmpty();
    }

    @Test
    void tradePagesEndAtTheOldestKeptPrint() {
        f.openTraders("acct_b", 1_000_000, "acct_s", 100);
        for (int i = 0; i < 10; i++) {
            f.limit("acct_s", SELL, 250, 1);
            f.market("acct_b", BUY, 1);
        }

        Page<TradePrint> first = venue.trades(VenueFixture.CHAT, null, 2);
        Page<TradePrint> second = venue.trades(VenueFixture.CHAT, first.nextCursor(), 2);

        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).hasSize(1);
        assertThat(second.nextCursor()).isNull();
    }
}
