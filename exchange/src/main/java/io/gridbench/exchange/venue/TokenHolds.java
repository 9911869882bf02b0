package io.gridbench.exchange.venue;

import io.gridbench.exchange.account.Account;
import io.gridbench.exchange.account.TokenBalance;
import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.market.TokenUnits;

import java.util.HashMap;
import java.util.Map;

/**
 * Token metering for inference: holds a request's tokens before it runs (auto-buying for Auto Mode accounts that
 * are short) and settles what it used afterwards. Owned by the venue's core thread.
 */
final class TokenHolds {
    private final OrderEntry entry;
    private final Map<Long, Hold> holds = new HashMap<>();
    private long nextHoldId = 1;

    TokenHolds(OrderEntry entry) {
        this.entry = entry;
    }

    /**
     * Reserves {@code tokens}; an Auto Mode account that is short first market-buys
     * {@code max(autoBuyUnits, units needed)} with its cash.
     *
     * @throws VenueException 402 when the tokens still cannot be reserved (nothing is held then)
     */
    long hold(Account account, VenueMarket market, long tokens, long autoBuyUnits, long now) {
        // Looked up, not opened: a refused request must not leave an empty consumption account behind.
        TokenBalance balance = market.existingBalance(account);
        long shortfall = tokens - (balance == null ? 0 : balance.available());
        if (shortfall > 0 && account.autoMode()) {
            long needed = TokenUnits.covering(shortfall);
            long units = Math.min(SimulatedVenue.MAX_ORDER_QUANTITY, Math.max(autoBuyUnits, needed));
            entry.execute(account, market, Side.BUY, OrderType.MARKET, 0, units, null, now);
            balance = market.existingBalance(account);
        }
        if (balance == null || !balance.reserve(tokens)) {
            throw new VenueException(402, "tokens", "insufficient balance: needs " + tokens + " tokens of "
                    + market.instrument().name() + ", available " + (balance == null ? 0 : balance.available()));
        }
        long holdId = nextHoldId++;
        holds.put(holdId, new Hold(balance, tokens));
        return holdId;
    }

    /** Debits {@code min(usedTokens, held)} and releases the rest; 404 for an unknown or settled hold. */
    void settle(long holdId, long usedTokens) {
        Hold hold = holds.remove(holdId);
        if (hold == null) {
            throw new VenueException(404, "hold_id", "no open hold " + holdId);
        }
        long debit = Math.min(usedTokens, hold.tokens());
        hold.balance().debitReserved(debit);
        hold.balance().release(hold.tokens() - debit);
    }

    /** Tokens held for one in-flight inference request. */
    private record Hold(TokenBalance balance, long tokens) {
    }
}
