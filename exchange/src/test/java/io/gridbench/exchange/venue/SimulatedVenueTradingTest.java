package io.gridbench.exchange.venue;

import io.gridbench.exchange.market.OrderStatus;
import io.gridbench.exchange.market.OrderType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.gridbench.exchange.market.Side.BUY;
import static io.gridbench.exchange.market.Side.SELL;
import static io.gridbench.exchange.venue.VenueFixture.CHAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatedVenueTradingTest {
    private static final long UNIT = 1_000_000L;
    private final VenueFixture f = new VenueFixture();
    private final SimulatedVenue venue = f.venue;

    @AfterEach
    void booksStayValid() {
        venue.validateBooks();
    }

    @Test
    void restingLimitBuyReservesPriceTimesQuantity() {
        venue.openAccount("acct_b", 10_000, false);

        OrderView order = f.limit("acct_b", BUY, 250, 10);

        assertThat(order.status()).isEqualTo(OrderStatus.OPEN);
        assertThat(order.orderId()).startsWith("order_");
        assertThat(venue.cash("acct_b")).isEqualTo(new CashView("acct_b", 7_500, 2_500));
    }

    @Test
    void limitBuyBeyondAvailableCashIsRejectedWithTheShortfall() {
        venue.openAccount("acct_b", 1_000, false);

        OrderView order = f.limit("acct_b", BUY, 250, 10);

        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.rejectReason()).isEqualTo("insufficient funds: needs 25.00 USD, available 10.00 USD");
        assertThat(venue.cash("acct_b")).isEqualTo(new CashView("acct_b", 1_000, 0));
    }

    @Test
    void sellBeyondAvailableUnitsIsRejected() {
        f.openTraders("acct_b", 0, "acct_s", 2);

        OrderView order = f.limit("acct_s", SELL, 250, 5);

        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.rejectReason()).isEqualTo("insufficient units: needs 5 units of chat-fast, available 2");
    }

    @Test
    void restingSellReservesItsTokens() {
        f.openTraders("acct_b", 0, "acct_s", 10);

        f.limit("acct_s", SELL, 250, 4);

        BalanceView balance = venue.consumptionAccounts("acct_s").get(0);
        assertThat(balance.availableTokens()).isEqualTo(6 * UNIT);
        assertThat(balance.reservedTokens()).isEqualTo(4 * UNIT);
    }

    @Test
    void crossingOrdersSettleTokensToTheBuyerAndCashToTheSeller() {
        f.openTraders("acct_b", 10_000, "acct_s", 10);
        f.limit("acct_s", SELL, 250, 4);

        OrderView buy = f.limit("acct_b", BUY, 250, 4);

        assertThat(buy.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(buy.averagePriceTicks()).isEqualTo(250.0);
        assertThat(f.tokens("acct_b", "chat-fast")).isEqualTo(4 * UNIT);
        assertThat(venue.cash("acct_b")).isEqualTo(new CashView("acct_b", 9_000, 0));
        assertThat(venue.cash("acct_s")).isEqualTo(new CashView("acct_s", 1_000, 0));
        assertThat(venue.consumptionAccounts("acct_s").get(0).totalTokens()).isEqualTo(6 * UNIT);
    }

    @Test
    void fillBelowTheLimitReleasesTheDifference() {
        f.openTraders("acct_b", 10_000, "acct_s", 10);
        f.limit("acct_s", SELL, 200, 4);

        OrderView buy = f.limit("acct_b", BUY, 250, 10);

        assertThat(buy.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(buy.filledQuantity()).isEqualTo(4);
        // paid 4 x 200, still reserving 6 x 250
        assertThat(venue.cash("acct_b")).isEqualTo(new CashView("acct_b", 10_000 - 800 - 1_500, 1_500));
    }

    @Test
    void restingBuyFilledByALowerPricedSellPaysItsOwnLimit() {
        f.openTraders("acct_b", 10_000, "acct_s", 10);
        f.limit("acct_b", BUY, 250, 4);

        OrderView sell = f.limit("acct_s", SELL, 200, 4);

        assertThat(sell.averagePriceTicks()).isEqualTo(250.0);
        assertThat(venue.cash("acct_s").availableCents()).isEqualTo(1_000);
        assertThat(venue.cash("acct_b")).isEqualTo(new CashView("acct_b", 9_000, 0));
    }

    @Test
    void cancelReleasesTheBuyReservation() {
        venue.openAccount("acct_b", 10_000, false);
        OrderView order = f.limit("acct_b", BUY, 250, 10);

        OrderView canceled = venue.cancelOrder("acct_b", order.orderId());

        assertThat(canceled.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(venue.cash("acct_b")).isEqualTo(new CashView("acct_b", 10_000, 0));
        assertThat(venue.depth(CHAT).bidPrices()).isEmpty();
    }

    @Test
    void cancelOfAPartiallyFilledSellReleasesOnlyTheRemainder() {
        f.openTraders("acct_b", 10_000, "acct_s", 10);
        OrderView sell = f.limit("acct_s", SELL, 250, 6);
        f.market("acct_b", BUY, 2);

        venue.cancelOrder("acct_s", sell.orderId());

        BalanceView balance = venue.consumptionAccounts("acct_s").get(0);
        assertThat(balance.availableTokens()).isEqualTo(8 * UNIT);
        assertThat(balance.reservedTokens()).isZero();
    }

    @Test
    void cancelOfATerminalOrderIsAConflict() {
        f.openTraders("acct_b", 10_000, "acct_s", 10);
        f.limit("acct_s", SELL, 250, 1);
        OrderView filled = f.limit("acct_b", BUY, 250, 1);

        assertThatThrownBy(() -> venue.cancelOrder("acct_b", filled.orderId()))
                .isInstanceOfSatisfying(VenueException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.field()).isEqualTo("order_id");
                    assertThat(e.getMessage()).contains("already filled");
                });
    }

    @Test
    void anotherAccountsOrderIsNotFound() {
        f.openTraders("acct_b", 10_000, "acct_s", 10);
        OrderView sell = f.limit("acct_s", SELL, 250, 1);

        assertThatThrownBy(() -> venue.cancelOrder("acct_b", sell.orderId()))
                .isInstanceOfSatisfying(VenueException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.field()).isEqualTo("order_id");
                });
        assertThatThrownBy(() -> venue.order("acct_b", "order_nope"))
                .isInstanceOfSatisfying(VenueException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void marketBuySweepsLevelsAndCancelsTheUnfilledRemainder() {
        f.openTraders("acct_b", 100_000, "acct_s", 10);
        f.limit("acct_s", SELL, 250, 3);
        f.limit("acct_s", SELL, 260, 2);

        OrderView buy = f.market("acct_b", BUY, 8);

        assertThat(buy.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(buy.filledQuantity()).isEqualTo(5);
        assertThat(buy.averagePriceTicks()).isEqualTo((3 * 250 + 2 * 260) / 5.0);
        assertThat(buy.priceTicks()).isZero();
        assertThat(venue.depth(CHAT).askPrices()).isEmpty();
        assertThat(venue.cash("acct_b")).isEqualTo(new CashView("acct_b", 100_000 - 1_270, 0));
    }

    @Test
    void marketBuyStopsAtTheFirstUnitItsCashCannotPay() {
        f.openTraders("acct_b", 1_000, "acct_s", 10);
        f.limit("acct_s", SELL, 300, 10);

        OrderView buy = f.market("acct_b", BUY, 10);

        assertThat(buy.filledQuantity()).isEqualTo(3);
        assertThat(buy.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(venue.cash("acct_b").availableCents()).isEqualTo(100);
    }

    @Test
    void marketBuyThatCannotPayForOneUnitIsRejected() {
        f.openTraders("acct_b", 100, "acct_s", 10);
        f.limit("acct_s", SELL, 300, 10);

        OrderView buy = f.market("acct_b", BUY, 1);

        assertThat(buy.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(buy.rejectReason()).isEqualTo("insufficient funds: needs 3.00 USD, available 1.00 USD");
    }

    @Test
    void marketOrderOnAnEmptyBookIsCanceledUnfilled() {
        venue.openAccount("acct_b", 1_000, false);

        OrderView buy = f.market("acct_b", BUY, 1);

        assertThat(buy.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(buy.filledQuantity()).isZero();
    }

    @Test
    void marketSellReleasesTheTokensItCouldNotSell() {
        f.openTraders("acct_b", 10_000, "acct_s", 10);
        f.limit("acct_b", BUY, 250, 3);

        OrderView sell = f.market("acct_s", SELL, 5);

        assertThat(sell.filledQuantity()).isEqualTo(3);
        BalanceView balance = venue.consumptionAccounts("acct_s").get(0);
        assertThat(balance.availableTokens()).isEqualTo(7 * UNIT);
        assertThat(balance.reservedTokens()).isZero();
    }

    @Test
    void selfTradePreventionCancelsTheSameAccountsRestingOrder() {
        venue.openAccount("acct_mm", 10_000, false);
        venue.depositUnits("acct_mm", "chat-fast", 5);
        venue.openAccount("acct_s", 0, false);
        venue.depositUnits("acct_s", "chat-fast", 5);
        OrderView ownAsk = f.limit("acct_mm", SELL, 250, 5);
        OrderView otherAsk = f.limit("acct_s", SELL, 250, 5);

        OrderView buy = f.limit("acct_mm", BUY, 250, 2);

        assertThat(venue.order("acct_mm", ownAsk.orderId()).status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(buy.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(venue.order("acct_s", otherAsk.orderId()).filledQuantity()).isEqualTo(2);
        assertThat(venue.trades(CHAT, null, 10).items()).hasSize(1);
        BalanceView mm = venue.consumptionAccounts("acct_mm").get(0);
        assertThat(mm.reservedTokens()).isZero();
        assertThat(mm.availableTokens()).isEqualTo(7 * UNIT);
    }

    @Test
    void repeatedClientOrderIdReturnsTheFirstOrderWithoutPlacingAnother() {
        venue.openAccount("acct_b", 10_000, false);
        PlaceOrder request = new PlaceOrder("acct_b", CHAT, BUY, OrderType.LIMIT, 250, 10, "my-1", 0);

        OrderView first = venue.placeOrder(request);
        OrderView retry = venue.placeOrder(request);

        assertThat(retry.orderId()).isEqualTo(first.orderId());
        assertThat(venue.cash("acct_b").reservedCents()).isEqualTo(2_500);
        assertThat(venue.orders("acct_b", new OrderQuery(null, null, null, null, true, null, 100)).items())
                .hasSize(1);
    }

    @Test
    void clientOrderIdsAreScopedToTheAccount() {
        venue.openAccount("acct_a", 10_000, false);
        venue.openAccount("acct_b", 10_000, false);

        OrderView a = venue.placeOrder(new PlaceOrder("acct_a", CHAT, BUY, OrderType.LIMIT, 250, 1, "x", 0));
        OrderView b = venue.placeOrder(new PlaceOrder("acct_b", CHAT, BUY, OrderType.LIMIT, 250, 1, "x", 0));

        assertThat(b.orderId()).isNotEqualTo(a.orderId());
        assertThat(b.clientOrderId()).isEqualTo("x");
    }

    @Test
    void invalidOrdersNameTheFieldAtFault() {
        venue.openAccount("acct_b", 10_000, false);

        assertField(() -> venue.placeOrder(new PlaceOrder("acct_x", CHAT, BUY, OrderType.LIMIT, 250, 1, null, 0)),
                404, "account_id");
        assertField(() -> venue.placeOrder(new PlaceOrder("acct_b", "market_x", BUY, OrderType.LIMIT, 250, 1, null,
                0)), 404, "market_id");
        assertField(() -> venue.placeOrder(new PlaceOrder("acct_b", CHAT, null, OrderType.LIMIT, 250, 1, null, 0)),
                422, "side");
        assertField(() -> venue.placeOrder(new PlaceOrder("acct_b", CHAT, BUY, null, 250, 1, null, 0)),
                422, "type");
        assertField(() -> venue.placeOrder(new PlaceOrder("acct_b", CHAT, BUY, OrderType.LIMIT, 250, 0, null, 0)),
                422, "quantity");
        assertField(() -> venue.placeOrder(new PlaceOrder("acct_b", CHAT, BUY, OrderType.LIMIT, 0, 1, null, 0)),
                422, "price");
        assertThat(venue.cash("acct_b").reservedCents()).isZero();
    }

    @Test
    void accountAndInstrumentErrorsNameTheField() {
        venue.openAccount("acct_b", 0, true);

        assertField(() -> venue.openAccount("acct_b", 0, true), 422, "account_id");
        assertField(() -> venue.openAccount("acct_c", -1, true), 422, "cash_cents");
        assertField(() -> venue.depositUnits("acct_b", "nope", 1), 404, "instrument");
        assertField(() -> venue.depositUnits("acct_b", "chat-fast", 0), 422, "units");
        assertField(() -> venue.cash("acct_nope"), 404, "account_id");
        assertField(() -> venue.market("market_nope"), 404, "market_id");
    }

    @Test
    void referenceDataListsInstrumentsAndMarketsInOrder() {
        assertThat(venue.instruments()).extracting(InstrumentView::name).containsExactly("chat-fast", "code-max");
        assertThat(venue.markets()).extracting(MarketView::marketId)
                .containsExactly("market_chat-fast", "market_code-max");
        assertThat(venue.instrument("chat-fast").instrumentId()).isEqualTo("instrument_chat-fast");
        assertThat(venue.instrument("instrument_code-max").marketId()).isEqualTo("market_code-max");
    }

    @Test
    void sameSeedAndCallsGiveTheSameIds() {
        VenueFixture other = new VenueFixture();
        f.openTraders("acct_b", 10_000, "acct_s", 10);
        other.openTraders("acct_b", 10_000, "acct_s", 10);

        assertThat(other.limit("acct_s", SELL, 250, 1).orderId()).isEqualTo(f.limit("acct_s", SELL, 250, 1).orderId());
    }

    static void assertField(Runnable call, int status, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(VenueException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
