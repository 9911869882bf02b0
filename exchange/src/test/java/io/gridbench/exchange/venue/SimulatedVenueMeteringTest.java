package io.gridbench.exchange.venue;

import io.gridbench.exchange.market.OrderStatus;
import io.gridbench.exchange.market.OrderType;
import org.junit.jupiter.api.Test;

import static io.gridbench.exchange.market.Side.SELL;
import static io.gridbench.exchange.venue.SimulatedVenueTradingTest.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatedVenueMeteringTest {
    private static final long UNIT = 1_000_000L;
    private final VenueFixture f = new VenueFixture();
    private final SimulatedVenue venue = f.venue;

    private BalanceView chat(String account) {
        return venue.consumptionAccounts(account).get(0);
    }

    private Page<OrderView> ordersOf(String account) {
        return venue.orders(account, new OrderQuery(null, null, null, null, true, null, 100));
    }

    @Test
    void aRefusedHoldOpensNoConsumptionAccount() {
        venue.openAccount("acct_u", 0, false);

        assertThatThrownBy(() -> venue.holdTokens("acct_u", "chat-fast", 1_000, 0)).isInstanceOf(VenueException.class);

        assertThat(venue.consumptionAccounts("acct_u")).isEmpty();
    }

    @Test
    void aSellRejectedForWantOfUnitsOpensNoConsumptionAccount() {
        venue.openAccount("acct_u", 0, false);

        OrderView rejected = f.limit("acct_u", SELL, 250, 1);

        assertThat(rejected.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(venue.consumptionAccounts("acct_u")).isEmpty();
    }

    @Test
    void holdMovesTokensFromAvailableToReserved() {
        venue.openAccount("acct_u", 0, false);
        venue.depositUnits("acct_u", "chat-fast", 2);

        venue.holdTokens("acct_u", "chat-fast", 1_500_000, 0);

        assertThat(chat("acct_u").availableTokens()).isEqualTo(500_000);
        assertThat(chat("acct_u").reservedTokens()).isEqualTo(1_500_000);
    }

    @Test
    void settleDebitsWhatWasUsedAndReturnsTheRest() {
        venue.openAccount("acct_u", 0, false);
        venue.depositUnits("acct_u", "chat-fast", 2);
        long hold = venue.holdTokens("acct_u", "chat-fast", 1_500_000, 0);

        venue.settleTokens(hold, 400_000);

        assertThat(chat("acct_u").availableTokens()).isEqualTo(1_600_000);
        assertThat(chat("acct_u").reservedTokens()).isZero();
    }

    @Test
    void settleNeverDebitsMoreThanWasHeld() {
        venue.openAccount("acct_u", 0, false);
        venue.depositUnits("acct_u", "chat-fast", 2);
        long hold = venue.holdTokens("acct_u", "chat-fast", 1_000, 0);

        venue.settleTokens(hold, 5_000);

        assertThat(chat("acct_u").totalTokens()).isEqualTo(2 * UNIT - 1_000);
    }

    @Test
    void aHoldSettlesOnlyOnce() {
        venue.openAccount("acct_u", 0, false);
        venue.depositUnits("acct_u", "chat-fast", 1);
        long hold = venue.holdTokens("acct_u", "chat-fast", 10, 0);
        venue.settleTokens(hold, 10);

        assertField(() -> venue.settleTokens(hold, 10), 404, "hold_id");
        assertField(() -> venue.settleTokens(hold, -1), 422, "used_tokens");
    }

    @Test
    void autoModeBuysTheConfiguredUnitsWhenShort() {
        f.openTraders("acct_u", 0, "acct_s", 10);
        venue.openAccount("acct_auto", 10_000, true);
        f.limit("acct_s", SELL, 200, 10);

        venue.holdTokens("acct_auto", "chat-fast", 1_500_000, 3);

        assertThat(chat("acct_auto").totalTokens()).isEqualTo(3 * UNIT);
        assertThat(chat("acct_auto").reservedTokens()).isEqualTo(1_500_000);
        assertThat(venue.cash("acct_auto").availableCents()).isEqualTo(10_000 - 600);
        OrderView autoBuy = ordersOf("acct_auto").items().get(0);
        assertThat(autoBuy.type()).isEqualTo(OrderType.MARKET);
        assertThat(autoBuy.status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void autoModeBuysMoreThanConfiguredWhenTheShortfallIsLarger() {
        f.openTraders("acct_u", 0, "acct_s", 10);
        venue.openAccount("acct_auto", 10_000, true);
        f.limit("acct_s", SELL, 200, 10);

        venue.holdTokens("acct_auto", "chat-fast", 4_200_000, 1);

        assertThat(chat("acct_auto").totalTokens()).isEqualTo(5 * UNIT);
    }

    @Test
    void shortAfterTheAutoBuyIs402AndHoldsNothing() {
        f.openTraders("acct_u", 0, "acct_s", 1);
        venue.openAccount("acct_auto", 10_000, true);
        f.limit("acct_s", SELL, 200, 1);

        assertThatThrownBy(() -> venue.holdTokens("acct_auto", "chat-fast", 2 * UNIT, 1))
                .isInstanceOfSatisfying(VenueException.class, e -> {
                    assertThat(e.status()).isEqualTo(402);
                    assertThat(e.getMessage()).isEqualTo(
                            "insufficient balance: needs 2000000 tokens of chat-fast, available 1000000");
                });
        assertThat(chat("acct_auto").reservedTokens()).isZero();
        assertThat(chat("acct_auto").availableTokens()).isEqualTo(UNIT);
    }

    @Test
    void advancedModeNeverBuysAndIs402WhenShort() {
        f.openTraders("acct_u", 0, "acct_s", 10);
        venue.openAccount("acct_adv", 10_000, false);
        f.limit("acct_s", SELL, 200, 10);

        assertField(() -> venue.holdTokens("acct_adv", "chat-fast", 1, 5), 402, "tokens");
        assertThat(ordersOf("acct_adv").items()).isEmpty();
        assertThat(venue.cash("acct_adv").availableCents()).isEqualTo(10_000);
    }

    @Test
    void rejectsBadHoldArguments() {
        venue.openAccount("acct_u", 0, true);

        assertField(() -> venue.holdTokens("acct_u", "chat-fast", 0, 1), 422, "tokens");
        assertField(() -> venue.holdTokens("acct_u", "chat-fast", 1, -1), 422, "auto_buy_units");
        assertField(() -> venue.holdTokens("acct_u", "nope", 1, 1), 404, "instrument");
        assertField(() -> venue.holdTokens("acct_x", "chat-fast", 1, 1), 404, "account_id");
    }
}
