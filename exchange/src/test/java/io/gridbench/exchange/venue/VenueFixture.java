package io.gridbench.exchange.venue;

import io.gridbench.exchange.market.Instrument;
import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Side;

import java.util.List;
import java.util.function.LongSupplier;

/** A two-market venue on a hand-driven clock, with shorthand for placing orders. */
class VenueFixture {
    static final String CHAT = "market_chat-fast";
    static final String CODE = "market_code-max";
    static final long T0 = 1_700_000_000_000L;

    final ManualClock clock = new ManualClock(T0);
    final SimulatedVenue venue;

    VenueFixture() {
        this(Retention.EVERYTHING);
    }

    VenueFixture(Retention retention) {
        venue = new SimulatedVenue(List.of(
                Instrument.named("chat-fast", "fast chat models"),
                Instrument.named("code-max", "large code models")), clock, 42, retention);
    }

    OrderView limit(String account, Side side, long price, long quantity) {
        return venue.placeOrder(new PlaceOrder(account, CHAT, side, OrderType.LIMIT, price, quantity, null, 0));
    }

    OrderView market(String account, Side side, long quantity) {
        return venue.placeOrder(new PlaceOrder(account, CHAT, side, OrderType.MARKET, 0, quantity, null, 0));
    }

    /** Opens a buyer with cash only and a seller with cash and units of chat-fast. */
    void openTraders(String buyer, long buyerCents, String seller, long sellerUnits) {
        venue.openAccount(buyer, buyerCents, false);
        venue.openAccount(seller, 0, false);
        venue.depositUnits(seller, "chat-fast", sellerUnits);
    }

    long tokens(String account, String instrumentName) {
        return venue.consumptionAccounts(account).stream()
                .filter(b -> b.instrumentName().equals(instrumentName))
                .mapToLong(BalanceView::availableTokens).sum();
    }

    static final class ManualClock implements LongSupplier {
        private long now;

        ManualClock(long start) {
            now = start;
        }

        void advance(long millis) {
            now += millis;
        }

        @Override
        public long getAsLong() {
            return now;
        }
    }
}
