package io.gridbench.exchange.venue;

import io.gridbench.exchange.marketdata.Candle;
import io.gridbench.exchange.marketdata.CandleInterval;
import io.gridbench.exchange.marketdata.TradePrint;

import java.util.List;

/**
 * Everything the simulated Grid can do, as one synchronous facade over the matching engine, the accounts and the
 * market data. An implementation is single-threaded: exactly one thread (the venue's core thread, see
 * {@link VenueCore}) may call it. HTTP handlers and market agents never call it directly; they submit work to the
 * core and get a future back.
 *
 * <p>Failures a client caused are thrown as {@link VenueException} with an HTTP-like status and the field at fault;
 * a rejected order is not an exception: it comes back with status {@code rejected} and a reason, as on the Grid.
 */
public interface Venue {

    // ---- reference data ----

    List<InstrumentView> instruments();

    List<MarketView> markets();

    /** @throws VenueException 404 for an unknown market id */
    MarketView market(String marketId);

    /** Finds an instrument by id ({@code instrument_...}) or by name ({@code chat-fast}); 404 when unknown. */
    InstrumentView instrument(String idOrName);

    // ---- accounts ----

    /**
     * Opens an account with {@code cashCents} of USD cash (ticks times units, so cents) and no balances.
     *
     * @param accountId a caller-chosen id such as {@code acct_...}; 422 if it exists already
     */
    void openAccount(String accountId, long cashCents, boolean autoMode);

    /** Credits {@code units} whole units of an instrument to an account's consumption balance (a supplier's stock). */
    void depositUnits(String accountId, String instrumentIdOrName, long units);

    /** The account's cash: available and reserved by resting buys, in cents. 404 for an unknown account. */
    CashView cash(String accountId);

    /** One entry per instrument the account has ever held or ordered, in instrument order. */
    List<BalanceView> consumptionAccounts(String accountId);

    // ---- trading ----

    /**
     * Places an order. A repeated {@code clientOrderId} from the same account returns the first order unchanged
     * (idempotent retry). Rejections (insufficient cash or units) come back as an order with status
     * {@code rejected} and {@link OrderView#rejectReason()} set.
     */
    OrderView placeOrder(PlaceOrder order);

    /** Cancels the resting remainder. 404 unknown order (or another account's), 409 when already terminal. */
    OrderView cancelOrder(String accountId, String orderId);

    /** 404 for an unknown order or another account's. */
    OrderView order(String accountId, String orderId);

    /** A page of the account's orders, filtered and sorted as the query says. */
    Page<OrderView> orders(String accountId, OrderQuery query);

    // ---- market data ----

    TickerView ticker(String marketId);

    DepthView depth(String marketId);

    /** Trades newest first; {@code cursor} is the value of a previous page's {@code nextCursor}, or null. */
    Page<TradePrint> trades(String marketId, String cursor, int limit);

    /** Bars whose open time lies in [startMillis, endMillis), oldest first, at most {@code limit}. */
    List<Candle> candles(String marketId, CandleInterval interval, long startMillis, long endMillis, int limit);

    // ---- consumption (metering) ----

    /**
     * Holds {@code tokens} of the account's balance for an instrument before an inference request runs. When the
     * balance is short and the account is in Auto Mode, the venue first market-buys {@code autoBuyUnits} (or more if
     * needed) with the account's cash. Throws 402 when the tokens cannot be held; nothing is debited then.
     *
     * @return a hold id to pass to {@link #settleTokens}
     */
    long holdTokens(String accountId, String instrumentIdOrName, long tokens, long autoBuyUnits);

    /** Debits {@code usedTokens} (at most what was held) and releases the rest of the hold. */
    void settleTokens(long holdId, long usedTokens);
}
