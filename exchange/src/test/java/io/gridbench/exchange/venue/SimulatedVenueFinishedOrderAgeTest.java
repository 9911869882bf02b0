package io.gridbench.exchange.venue;

import io.gridbench.exchange.market.OrderStatus;
import io.gridbench.exchange.market.Side;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A venue told to forget finished orders after an age forgets them, keeps open ones, and forgets nothing without it. */
class SimulatedVenueFinishedOrderAgeTest {
    private static final long MINUTE = 60_000L;

    private final VenueFixture f = new VenueFixture();

    /** Places and cancels enough orders, a second apart, to run the registry's sweep at least once. */
    private void churn(int orders) {
        for (int i = 0; i < orders; i++) {
            f.clock.advance(1_000);
            OrderView o = f.limit("acct_churn", Side.BUY, 1, 1);
            f.venue.cancelOrder("acct_churn", o.orderId());
        }
    }

    @Test
    void ordersFinishedLongerThanTheRetentionAreForgottenAndOpenOnesKept() {
        f.venue.retainFinishedOrdersFor(10 * MINUTE);
        f.openTraders("acct_b", 1_000_000, "acct_s", 100);
        f.venue.openAccount("acct_churn", 1_000_000, false);
        OrderView resting = f.limit("acct_b", Side.BUY, 100, 5);
        OrderView canceled = f.limit("acct_b", Side.BUY, 90, 5);
        f.venue.cancelOrder("acct_b", canceled.orderId());

        churn(OrderRegistry.SWEEP_EVERY);

        assertThatThrownBy(() -> f.venue.order("acct_b", canceled.orderId()))
                .isInstanceOf(VenueException.class).hasMessageContaining("no order");
        assertThat(f.venue.order("acct_b", resting.orderId()).status()).isEqualTo(OrderStatus.OPEN);
        assertThat(f.venue.ordersOf("acct_b")).hasSize(1);
        // The churn's newest orders finished within the retention and are still known.
        assertThat(f.venue.ordersOf("acct_churn")).hasSizeBetween(600, 700);
    }

    @Test
    void withoutARetentionNothingIsForgotten() {
        f.openTraders("acct_b", 1_000_000, "acct_s", 100);
        f.venue.openAccount("acct_churn", 1_000_000, false);
        OrderView canceled = f.limit("acct_b", Side.BUY, 90, 5);
        f.venue.cancelOrder("acct_b", canceled.orderId());

        churn(OrderRegistry.SWEEP_EVERY);

        assertThat(f.venue.order("acct_b", canceled.orderId()).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(f.venue.ordersOf("acct_churn")).hasSize(OrderRegistry.SWEEP_EVERY);
    }
}
