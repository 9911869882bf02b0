package io.gridbench.exchange.venue;

import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Side;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A soak of the venue at the default retention: steady order flow (a resting sell, a market buy that takes it, a
 * limit buy that is canceled) at 1,000 orders per simulated second. The stored orders and trades stop growing at
 * their limits, so the heap stays flat; the used heap after a full GC is printed at every tenth of the run. The
 * default run is 1,200,000 orders (20 simulated minutes, about 10 s); {@code -Dsoak.orders=3600000} is the hour at
 * 1,000 requests/s quoted in the README.
 */
class RetentionSoakIT {
    private static final Retention DEFAULT = new Retention(200_000, 100_000, 7 * 86_400_000L);

    @Test
    void storedOrdersAndTradesStayAtTheirLimitsUnderSteadyFlow() {
        long orders = Long.getLong("soak.orders", 1_200_000L);
        VenueFixture f = new VenueFixture(DEFAULT);
        SimulatedVenue venue = f.venue;
        f.openTraders("acct_buyer", Long.MAX_VALUE / 4, "acct_seller", 1_000_000_000L);
        long step = orders / 10;
        for (long n = 0; n < orders; n += 3) {
            venue.placeOrder(new PlaceOrder("acct_seller", VenueFixture.CHAT, Side.SELL, OrderType.LIMIT, 250, 1, null, 0));
            venue.placeOrder(new PlaceOrder("acct_buyer", VenueFixture.CHAT, Side.BUY, OrderType.MARKET, 0, 1, null, 0));
            String id = venue.placeOrder(new PlaceOrder("acct_buyer", VenueFixture.CHAT, Side.BUY, OrderType.LIMIT, 100,
                    1, null, 0)).orderId();
            venue.cancelOrder("acct_buyer", id);
            f.clock.advance(3);
            if ((n / 3) % (step / 3) == 0) {
                System.out.printf("soak: %,d orders, %,d stored, heap %,d MB%n", n,
                        venue.ordersOf("acct_buyer").size() + venue.ordersOf("acct_seller").size(), usedHeapMegabytes());
            }
        }

        assertThat(venue.ordersOf("acct_buyer").size() + venue.ordersOf("acct_seller").size())
                .isLessThanOrEqualTo(DEFAULT.maxOrders());
        System.out.printf("soak: done, %,d orders, heap %,d MB%n", orders, usedHeapMegabytes());
    }

    private static long usedHeapMegabytes() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }
}
