package io.gridbench.exchange.venue;

import io.gridbench.exchange.account.Account;
import io.gridbench.exchange.account.TokenBalance;
import io.gridbench.exchange.market.OrderStatus;
import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.matching.Order;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random order flow from three accounts (one in Auto Mode) over two markets: trading conserves cash and tokens,
 * nothing goes negative, and reservations equal exactly what resting orders and open holds need.
 */
class VenueConservationPropertyTest {
    private static final List<String> ACCOUNTS = List.of("acct_a", "acct_b", "acct_c");
    private static final List<String> INSTRUMENTS = List.of("chat-fast", "code-max");
    private static final long UNIT = 1_000_000L;
    private static final long CASH = 50_000;
    private static final long UNITS = 40;

    record Op(int kind, int account, int instrument, long price, long quantity, int pick) {
    }

    @Property(tries = 100)
    void tradingConservesCashAndTokensAndReservationsMatchRestingOrders(@ForAll("flows") List<Op> ops) {
        VenueFixture f = new VenueFixture();
        SimulatedVenue venue = f.venue;
        for (String account : ACCOUNTS) {
            venue.openAccount(account, CASH, account.equals("acct_a"));
            for (String instrument : INSTRUMENTS) {
                venue.depositUnits(account, instrument, UNITS);
            }
        }
        long[] consumed = new long[INSTRUMENTS.size()];
        Map<Long, long[]> openHolds = new HashMap<>();
        for (Op op : ops) {
            apply(f, op, consumed, openHolds);
            f.clock.advance(1_000);
            checkInvariants(venue, consumed, openHolds);
        }
    }

    private static void apply(VenueFixture f, Op op, long[] consumed, Map<Long, long[]> openHolds) {
        SimulatedVenue venue = f.venue;
        String account = ACCOUNTS.get(op.account());
        String instrument = INSTRUMENTS.get(op.instrument());
        String market = "market_" + instrument;
        switch (op.kind()) {
            case 0, 1 -> venue.placeOrder(new PlaceOrder(account, market, op.kind() == 0 ? Side.BUY : Side.SELL,
                    OrderType.LIMIT, op.price(), op.quantity(), null, 0));
            case 2, 3 -> venue.placeOrder(new PlaceOrder(account, market, op.kind() == 2 ? Side.BUY : Side.SELL,
                    OrderType.MARKET, 0, op.quantity(), null, 0));
            case 4 -> {
                List<Order> orders = venue.ordersOf(account);
                if (!orders.isEmpty()) {
                    Order order = orders.get(op.pick() % orders.size());
                    try {
                        venue.cancelOrder(account, order.orderId());
                    } catch (VenueException e) {
                        assertThat(e.status()).isEqualTo(409);
                        assertThat(order.status().isTerminal()).isTrue();
                    }
                }
            }
            case 5 -> {
                try {
                    long tokens = op.quantity() * UNIT / 3;
                    long hold = venue.holdTokens(account, instrument, tokens, op.pick() % 4);
                    openHolds.put(hold, new long[]{op.account(), op.instrument(), tokens});
                } catch (VenueException e) {
                    assertThat(e.status()).isEqualTo(402);
                }
            }
            default -> {
                if (!openHolds.isEmpty()) {
                    long holdId = openHolds.keySet().iterator().next();
                    long[] hold = openHolds.remove(holdId);
                    long used = hold[2] * op.pick() / 20;
                    venue.settleTokens(holdId, used);
                    consumed[(int) hold[1]] += used;
                }
            }
        }
    }

    private static void checkInvariants(SimulatedVenue venue, long[] consumed, Map<Long, long[]> openHolds) {
        venue.validateBooks();
        assertThat(venue.ledger().totalCents()).isEqualTo(CASH * ACCOUNTS.size());
        for (int i = 0; i < INSTRUMENTS.size(); i++) {
            assertThat(venue.ledger().totalTokens(i)).isEqualTo(UNITS * UNIT * ACCOUNTS.size() - consumed[i]);
        }
        for (int a = 0; a < ACCOUNTS.size(); a++) {
            String accountId = ACCOUNTS.get(a);
            Account account = venue.ledger().find(accountId);
            long reservedCash = 0;
            long[] reservedTokens = new long[INSTRUMENTS.size()];
            List<String> markets = new ArrayList<>();
            INSTRUMENTS.forEach(n -> markets.add("market_" + n));
            for (Order order : venue.ordersOf(accountId)) {
                boolean resting = order.status() == OrderStatus.OPEN
                        || order.status() == OrderStatus.PARTIALLY_FILLED;
                assertThat(order.filledQuantity()).isBetween(0L, order.quantity());
                if (!resting) {
                    continue;
                }
                assertThat(order.type()).isEqualTo(OrderType.LIMIT);
                if (order.side() == Side.BUY) {
                    reservedCash += order.priceTicks() * order.remainingQuantity();
                } else {
                    reservedTokens[markets.indexOf(order.marketId())] += order.remainingQuantity() * UNIT;
                }
            }
            for (long[] hold : openHolds.values()) {
                if (hold[0] == a) {
                    reservedTokens[(int) hold[1]] += hold[2];
                }
            }
            assertThat(account.availableCents()).isNotNegative();
            assertThat(account.reservedCents()).isEqualTo(reservedCash);
            for (int i = 0; i < INSTRUMENTS.size(); i++) {
                TokenBalance balance = account.balance(i);
                assertThat(balance.available()).isNotNegative();
                assertThat(balance.reserved()).isEqualTo(reservedTokens[i]);
            }
        }
    }

    @Provide
    Arbitrary<List<Op>> flows() {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, ACCOUNTS.size() - 1),
                Arbitraries.integers().between(0, INSTRUMENTS.size() - 1),
                Arbitraries.longs().between(95, 105),
                Arbitraries.longs().between(1, 25),
                Arbitraries.integers().between(0, 20)).as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(80);
    }
}
