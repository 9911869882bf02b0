package io.gridbench.exchange.inference;

import io.gridbench.exchange.marketdata.Candle;
import io.gridbench.exchange.marketdata.CandleInterval;
import io.gridbench.exchange.marketdata.TradePrint;
import io.gridbench.exchange.venue.BalanceView;
import io.gridbench.exchange.venue.CashView;
import io.gridbench.exchange.venue.DepthView;
import io.gridbench.exchange.venue.InstrumentView;
import io.gridbench.exchange.venue.MarketView;
import io.gridbench.exchange.venue.OrderQuery;
import io.gridbench.exchange.venue.OrderView;
import io.gridbench.exchange.venue.Page;
import io.gridbench.exchange.venue.PlaceOrder;
import io.gridbench.exchange.venue.TickerView;
import io.gridbench.exchange.venue.Venue;
import io.gridbench.exchange.venue.VenueException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test double for the metering half of {@link Venue}: instruments, Advanced Mode token balances, holds and
 * settlements, with the same 402/404 contract, and a record of every balance ever observed so tests can assert it
 * never went negative. Trading and market data are outside the Consumption API and throw. Core-thread owned.
 */
final class BalanceOnlyVenue implements Venue {
    private final List<InstrumentView> instruments = new ArrayList<>();
    private final Map<String, long[]> balances = new HashMap<>();
    private final Map<Long, Object[]> holds = new HashMap<>();
    private long nextHold = 1;
    long lowestAvailableSeen = Long.MAX_VALUE;

    BalanceOnlyVenue(String... names) {
        for (String name : names) {
            instruments.add(new InstrumentView("instrument_" + name, name, "market_" + name, name));
        }
    }

    @Override
    public List<InstrumentView> instruments() {
        return List.copyOf(instruments);
    }

    @Override
    public InstrumentView instrument(String idOrName) {
        for (InstrumentView i : instruments) {
            if (i.name().equals(idOrName) || i.instrumentId().equals(idOrName)) {
                return i;
            }
        }
        throw new VenueException(404, "instrument", "unknown instrument " + idOrName);
    }

    @Override
    public void openAccount(String accountId, long cashCents, boolean autoMode) {
        balances.putIfAbsent(accountId, null);
    }

    @Override
    public void depositUnits(String accountId, String instrumentIdOrName, long units) {
        balance(accountId, instrument(instrumentIdOrName).name())[0] += units * 1_000_000L;
    }

    @Override
    public List<BalanceView> consumptionAccounts(String accountId) {
        List<BalanceView> views = new ArrayList<>();
        for (InstrumentView i : instruments) {
            long[] b = balances.get(accountId + "/" + i.name());
            if (b != null) {
                views.add(new BalanceView("ca_" + accountId + i.name(), accountId, i.instrumentId(), i.name(),
                        b[0], b[1], 0));
            }
        }
        return views;
    }

    @Override
    public long holdTokens(String accountId, String instrumentIdOrName, long tokens, long autoBuyUnits) {
        String name = instrument(instrumentIdOrName).name();
        long[] b = balance(accountId, name);
        if (b[0] < tokens) {
            throw new VenueException(402, "balance", "insufficient " + name + " balance: " + b[0] + " < " + tokens);
        }
        b[0] -= tokens;
        b[1] += tokens;
        lowestAvailableSeen = Math.min(lowestAvailableSeen, b[0]);
        long id = nextHold++;
        holds.put(id, new Object[] {b, tokens});
        return id;
    }

    @Override
    public void settleTokens(long holdId, long usedTokens) {
        Object[] hold = holds.remove(holdId);
        long[] b = (long[]) hold[0];
        long held = (Long) hold[1];
        b[1] -= held;
        b[0] += held - Math.min(usedTokens, held);
    }

    private long[] balance(String accountId, String instrument) {
        return balances.computeIfAbsent(accountId + "/" + instrument, k -> new long[2]);
    }

    @Override
    public List<MarketView> markets() {
        throw new UnsupportedOperationException();
    }

    @Override
    public MarketView market(String marketId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CashView cash(String accountId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public OrderView placeOrder(PlaceOrder order) {
        throw new UnsupportedOperationException();
    }

    @Override
    public OrderView cancelOrder(String accountId, String orderId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public OrderView order(String accountId, String orderId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<OrderView> orders(String accountId, OrderQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TickerView ticker(String marketId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public DepthView depth(String marketId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<TradePrint> trades(String marketId, String cursor, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Candle> candles(String marketId, CandleInterval interval, long startMillis, long endMillis,
                                int limit) {
        throw new UnsupportedOperationException();
    }
}
