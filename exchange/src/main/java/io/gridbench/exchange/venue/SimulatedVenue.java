package io.gridbench.exchange.venue;

import io.gridbench.exchange.account.Account;
import io.gridbench.exchange.account.Ledger;
import io.gridbench.exchange.account.TokenBalance;
import io.gridbench.exchange.book.OrderBook;
import io.gridbench.exchange.market.IdGenerator;
import io.gridbench.exchange.market.Instrument;
import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Prices;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.marketdata.Candle;
import io.gridbench.exchange.marketdata.CandleInterval;
import io.gridbench.exchange.marketdata.MarketHistory;
import io.gridbench.exchange.marketdata.TradePrint;
import io.gridbench.exchange.marketdata.TradeTape;
import io.gridbench.exchange.matching.Order;
import io.gridbench.exchange.matching.Trade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The simulated Grid: a {@link Venue} over one {@link io.gridbench.exchange.book.ArrayOrderBook} per instrument, a
 * {@link Ledger} of accounts and per-market history. Single-threaded: the thread of a {@link VenueCore} (or one
 * caller thread, for simulated-time runs) owns it.
 *
 * <p>Every timestamp comes from the injected millisecond clock (read once per call), so a replay with a simulated
 * clock is deterministic; {@link PlaceOrder#timestampMillis()} is not used. Ids ({@code order_...},
 * {@code trade_...}, {@code consumption_...}) come from a seeded {@link IdGenerator}: the same seed, instruments and
 * calls give the same ids.
 *
 * <p>An order goes through: 1. validation (404/422), 2. idempotency by client order id, 3. risk (reserve cash or
 * tokens, else {@code rejected}), 4. matching with settlement of each trade, 5. release of what a market order
 * did not use.
 *
 * <pre>{@code
 * Venue venue = new SimulatedVenue(List.of(Instrument.named("chat-fast", "fast chat models")),
 *         System::currentTimeMillis, 42L);
 * try (VenueCore core = new ThreadVenueCore(venue)) {          // live: one core thread owns the venue
 *     core.submit(v -> { v.openAccount("acct_1", 10_000, true); return null; });
 *     OrderView order = core.submit(v -> v.placeOrder(new PlaceOrder("acct_1", "market_chat-fast", Side.BUY,
 *             OrderType.LIMIT, 250, 4, "my-order-1", 0))).join();
 * }
 * // simulated time: drive the clock yourself and call the venue (or an InlineVenueCore) from one thread
 * }</pre>
 */
public final class SimulatedVenue implements Venue {
    /** Largest quantity one order may ask for, in units. */
    public static final long MAX_ORDER_QUANTITY = 1_000_000_000L;
    /** Largest page of trades or candles. */
    public static final int MAX_MARKET_DATA_LIMIT = 1000;
    /** Largest page of orders. */
    public static final int MAX_ORDER_PAGE = 100;
    private static final long MAX_DEPOSIT_UNITS = 1_000_000_000_000L;

    private final LongSupplier clock;
    private final IdGenerator ids;
    private final Ledger ledger;
    private final Map<String, VenueMarket> marketsById = new LinkedHashMap<>();
    private final Map<String, VenueMarket> marketsByInstrument = new HashMap<>();
    private final OrderRegistry orders;
    private final OrderEntry entry;
    private final TokenHolds metering;

    /**
     * @param instruments the listed instruments, one market each, in display order
     * @param clockMillis epoch milliseconds; {@code System::currentTimeMillis} live, a simulated clock in replays
     * @param seed        seeds the id generator
     */
    public SimulatedVenue(List<Instrument> instruments, LongSupplier clockMillis, long seed) {
        this(instruments, clockMillis, seed, Retention.EVERYTHING);
    }

    /** As above, keeping only as much history as {@code retention} allows (a long-running server). */
    public SimulatedVenue(List<Instrument> instruments, LongSupplier clockMillis, long seed, Retention retention) {
        this.clock = clockMillis;
        this.orders = new OrderRegistry(retention.maxOrders());
        this.ids = new IdGenerator(seed);
        this.ledger = new Ledger(instruments.size());
        this.entry = new OrderEntry(ids, orders);
        this.metering = new TokenHolds(entry);
        for (Instrument instrument : instruments) {
            VenueMarket market = new VenueMarket(instrument, marketsById.size(), ledger, ids,
                    new MarketHistory(retention.maxTradesPerMarket(), retention.fineCandleMaxAgeMillis()));
            if (marketsById.putIfAbsent(instrument.marketId(), market) != null
                    || marketsByInstrument.putIfAbsent(instrument.instrumentId(), market) != null
                    || marketsByInstrument.putIfAbsent(instrument.name(), market) != null) {
                throw new IllegalArgumentException("duplicate instrument, name or market in " + instrument);
            }
        }
    }

    // ---- reference data ----

    @Override
    public List<InstrumentView> instruments() {
        List<InstrumentView> views = new ArrayList<>();
        for (VenueMarket m : marketsById.values()) {
            Instrument i = m.instrument();
            views.add(new InstrumentView(i.instrumentId(), i.name(), i.marketId(), i.description()));
        }
        return views;
    }

    @Override
    public List<MarketView> markets() {
        List<MarketView> views = new ArrayList<>();
        for (VenueMarket m : marketsById.values()) {
            views.add(m.view());
        }
        return views;
    }

    @Override
    public MarketView market(String marketId) {
        return requireMarket(marketId).view();
    }

    @Override
    public InstrumentView instrument(String idOrName) {
        Instrument i = requireInstrument(idOrName).instrument();
        return new InstrumentView(i.instrumentId(), i.name(), i.marketId(), i.description());
    }

    // ---- accounts ----

    @Override
    public void openAccount(String accountId, long cashCents, boolean autoMode) {
        if (accountId == null || accountId.isBlank()) {
            throw new VenueException(422, "account_id", "account_id must not be blank");
        }
        if (ledger.find(accountId) != null) {
            throw new VenueException(422, "account_id", "account " + accountId + " already exists");
        }
        if (cashCents < 0) {
            throw new VenueException(422, "cash_cents", "cash must not be negative: " + cashCents);
        }
        ledger.open(accountId, cashCents, autoMode, clock.getAsLong());
    }

    @Override
    public void depositUnits(String accountId, String instrumentIdOrName, long units) {
        Account account = requireAccount(accountId);
        VenueMarket market = requireInstrument(instrumentIdOrName);
        if (units <= 0 || units > MAX_DEPOSIT_UNITS) {
            throw new VenueException(422, "units", "units must be 1.." + MAX_DEPOSIT_UNITS + ", got " + units);
        }
        market.balance(account, clock.getAsLong()).credit(units * Prices.TOKENS_PER_UNIT);
    }

    @Override
    public CashView cash(String accountId) {
        Account account = requireAccount(accountId);
        return new CashView(account.accountId(), account.availableCents(), account.reservedCents());
    }

    @Override
    public List<BalanceView> consumptionAccounts(String accountId) {
        Account account = requireAccount(accountId);
        List<BalanceView> views = new ArrayList<>();
        for (VenueMarket m : marketsById.values()) {
            TokenBalance b = account.balance(m.index());
            if (b != null) {
                views.add(new BalanceView(b.consumptionAccountId(), accountId, m.instrument().instrumentId(),
                        m.instrument().name(), b.available(), b.reserved(), b.createdAtMillis()));
            }
        }
        return views;
    }

    // ---- trading ----

    @Override
    public OrderView placeOrder(PlaceOrder request) {
        Account account = requireAccount(request.accountId());
        Order previous = orders.findByClientId(account.accountId(), request.clientOrderId());
        if (previous != null) {
            return OrderView.of(previous);
        }
        VenueMarket market = requireMarket(request.marketId());
        if (request.side() == null) {
            throw new VenueException(422, "side", "side must be buy or sell");
        }
        if (request.type() == null) {
            throw new VenueException(422, "type", "type must be limit or market");
        }
        if (request.quantity() <= 0 || request.quantity() > MAX_ORDER_QUANTITY) {
            throw new VenueException(422, "quantity", "quantity must be 1.." + MAX_ORDER_QUANTITY + " units, got "
                    + request.quantity());
        }
        if (request.type() == OrderType.LIMIT
                && (request.priceTicks() <= 0 || request.priceTicks() > OrderBook.MAX_PRICE_TICKS)) {
            throw new VenueException(422, "price", "price must be 0.01.." + Prices.format(OrderBook.MAX_PRICE_TICKS)
                    + ", got " + Prices.format(request.priceTicks()));
        }
        return OrderView.of(entry.execute(account, market, request.side(), request.type(), request.priceTicks(),
                request.quantity(), request.clientOrderId(), clock.getAsLong()));
    }

    @Override
    public OrderView cancelOrder(String accountId, String orderId) {
        Order order = requireOrder(accountId, orderId);
        if (order.status().isTerminal()) {
            throw new VenueException(409, "order_id", "order " + orderId + " is already " + order.status().wire());
        }
        VenueMarket market = marketsById.get(order.marketId());
        long remaining = market.matcher().cancel(order, clock.getAsLong());
        market.release(order, remaining);
        return OrderView.of(order);
    }

    @Override
    public OrderView order(String accountId, String orderId) {
        return OrderView.of(requireOrder(accountId, orderId));
    }

    @Override
    public Page<OrderView> orders(String accountId, OrderQuery query) {
        requireAccount(accountId);
        if (query.marketId() != null) {
            requireMarket(query.marketId());
        }
        String orderBy = query.orderBy() == null ? OrderRegistry.CREATED_AT : query.orderBy();
        if (!orderBy.equals(OrderRegistry.CREATED_AT) && !orderBy.equals(OrderRegistry.UPDATED_AT)) {
            throw new VenueException(422, "order_by", "order_by must be created_at or updated_at, got " + orderBy);
        }
        if (query.limit() < 1 || query.limit() > MAX_ORDER_PAGE) {
            throw new VenueException(422, "limit", "limit must be 1.." + MAX_ORDER_PAGE + ", got " + query.limit());
        }
        return orders.page(accountId, query, orderBy);
    }

    // ---- market data ----

    @Override
    public TickerView ticker(String marketId) {
        VenueMarket market = requireMarket(marketId);
        TradeTape tape = market.history().tape();
        TradePrint last = tape.last();
        OrderBook book = market.matcher().book();
        long volume = tape.volumeSince(clock.getAsLong() - TradeTape.DAY_MILLIS);
        return last == null
                ? new TickerView(marketId, -1, 0, -1, book.bestBid(), book.bestAsk(), volume)
                : new TickerView(marketId, last.priceTicks(), last.quantity(), last.timestampMillis(), book.bestBid(),
                book.bestAsk(), volume);
    }

    @Override
    public DepthView depth(String marketId) {
        OrderBook book = requireMarket(marketId).matcher().book();
        long[] bidPrices = new long[book.levelCount(Side.BUY)];
        long[] bidQuantities = new long[bidPrices.length];
        long[] askPrices = new long[book.levelCount(Side.SELL)];
        long[] askQuantities = new long[askPrices.length];
        book.depth(Side.BUY, bidPrices, bidQuantities);
        book.depth(Side.SELL, askPrices, askQuantities);
        return new DepthView(marketId, bidPrices, bidQuantities, askPrices, askQuantities, clock.getAsLong());
    }

    @Override
    public Page<TradePrint> trades(String marketId, String cursor, int limit) {
        TradeTape tape = requireMarket(marketId).history().tape();
        checkMarketDataLimit(limit);
        long before = tape.size() + 1;
        if (cursor != null) {
            String[] c = Cursors.decode(cursor, "trades", 3);
            if (!c[1].equals(marketId)) {
                throw new VenueException(422, "cursor", "cursor belongs to market " + c[1]);
            }
            before = Cursors.number(c[2]);
        }
        List<TradePrint> page = tape.newestFirst(before, limit);
        long oldestReturned = Math.min(before - 1, tape.size()) - page.size() + 1;
        String next = page.size() == limit && oldestReturned > tape.firstSequence()
                ? Cursors.encode("trades|" + marketId + "|" + oldestReturned) : null;
        return new Page<>(page, next);
    }

    @Override
    public List<Candle> candles(String marketId, CandleInterval interval, long startMillis, long endMillis,
                                int limit) {
        VenueMarket market = requireMarket(marketId);
        if (interval == null) {
            throw new VenueException(422, "interval", "interval must be one of 1m, 5m, 1h, 4h, 1d");
        }
        checkMarketDataLimit(limit);
        return market.history().candles(interval, startMillis, endMillis, limit);
    }

    private static void checkMarketDataLimit(int limit) {
        if (limit < 1 || limit > MAX_MARKET_DATA_LIMIT) {
            throw new VenueException(422, "limit", "limit must be 1.." + MAX_MARKET_DATA_LIMIT + ", got " + limit);
        }
    }

    // ---- consumption (metering) ----

    @Override
    public long holdTokens(String accountId, String instrumentIdOrName, long tokens, long autoBuyUnits) {
        Account account = requireAccount(accountId);
        VenueMarket market = requireInstrument(instrumentIdOrName);
        if (tokens <= 0) {
            throw new VenueException(422, "tokens", "tokens must be positive, got " + tokens);
        }
        if (autoBuyUnits < 0 || autoBuyUnits > MAX_ORDER_QUANTITY) {
            throw new VenueException(422, "auto_buy_units", "auto_buy_units must be 0.." + MAX_ORDER_QUANTITY);
        }
        return metering.hold(account, market, tokens, autoBuyUnits, clock.getAsLong());
    }

    @Override
    public void settleTokens(long holdId, long usedTokens) {
        if (usedTokens < 0) {
            throw new VenueException(422, "used_tokens", "used tokens must not be negative, got " + usedTokens);
        }
        metering.settle(holdId, usedTokens);
    }

    // ---- observation (simulated-time runs) ----

    /**
     * Forgets orders that have been finished (filled, canceled, rejected) for longer than {@code millis} of venue
     * time; looking one up afterwards is a 404. Off by default (the live server keeps every order). For simulated-time
     * runs over weeks, whose millions of agent orders would otherwise fill the heap. The agents look at an order of
     * theirs at most a passive order's lifetime after it finished (exponential, 20 minutes on average), so a retention
     * of a day never hides one from them.
     */
    public void retainFinishedOrdersFor(long millis) {
        orders.retainFinishedFor(millis);
    }

    /**
     * Tells {@code observer} of every trade of a market, with both counterparties, right after the trade settled
     * and on the venue's thread, before the call that caused it returns. For simulated-time harnesses that must
     * see each trade as it happens (the backtest-fidelity engine run); the observer must not call the venue.
     * One observer per market; null removes it.
     *
     * @throws VenueException 404 for an unknown market id
     */
    public void observeTrades(String marketId, Consumer<Trade> observer) {
        requireMarket(marketId).observeTrades(observer);
    }

    // ---- lookups ----

    private Account requireAccount(String accountId) {
        Account account = ledger.find(accountId);
        if (account == null) {
            throw new VenueException(404, "account_id", "no account " + accountId);
        }
        return account;
    }

    private VenueMarket requireMarket(String marketId) {
        VenueMarket market = marketId == null ? null : marketsById.get(marketId);
        if (market == null) {
            throw new VenueException(404, "market_id", "no market " + marketId);
        }
        return market;
    }

    private VenueMarket requireInstrument(String idOrName) {
        VenueMarket market = idOrName == null ? null : marketsByInstrument.get(idOrName);
        if (market == null) {
            throw new VenueException(404, "instrument", "no instrument " + idOrName);
        }
        return market;
    }

    private Order requireOrder(String accountId, String orderId) {
        requireAccount(accountId);
        Order order = orders.find(accountId, orderId);
        if (order == null) {
            throw new VenueException(404, "order_id", "no order " + orderId);
        }
        return order;
    }

    // ---- invariants, for tests and diagnostics ----

    /** The ledger behind this venue; read it only on the owning thread. */
    Ledger ledger() {
        return ledger;
    }

    /** Every order of an account, oldest first. */
    List<Order> ordersOf(String accountId) {
        return orders.ofAccount(accountId);
    }

    int instrumentIndex(String idOrName) {
        return requireInstrument(idOrName).index();
    }

    /** Checks every market's book structure. */
    void validateBooks() {
        for (VenueMarket m : marketsById.values()) {
            m.matcher().book().validateInternalState();
        }
    }
}
