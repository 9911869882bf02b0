package io.gridbench.simulations.targets;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gatling feeder of traders: each virtual user gets the next account of the target's credentials CSV, round robin,
 * with the endpoints and market added, so requests read {@code #{tradingBaseUrl}}, {@code #{marketId}},
 * {@code #{GRID_CONSUMPTION_API_KEY}} and so on. The simulation builds it with its scenarios and {@link #prepare()}s
 * it in {@code before()}, once the target runs; {@link #next()} is then safe from any of Gatling's threads.
 */
public final class TraderFeeder implements Iterator<Map<String, Object>> {
    public static final String TRADING_BASE_URL = "tradingBaseUrl";
    public static final String CONSUMPTION_BASE_URL = "consumptionBaseUrl";
    public static final String MARKET_ID = "marketId";
    public static final String INSTRUMENT = "instrument";

    private final Target target;
    private final String instrument;
    private final boolean oneAccount;
    private final AtomicLong cursor = new AtomicLong();
    private volatile List<Map<String, Object>> rows;

    /** Every user gets the next account, round robin. */
    public TraderFeeder(Target target, String instrument) {
        this(target, instrument, false);
    }

    private TraderFeeder(Target target, String instrument, boolean oneAccount) {
        this.target = target;
        this.instrument = instrument;
        this.oneAccount = oneAccount;
    }

    /** Every user gets the first account: the journeys of one customer (a batch, a replenished balance). */
    public static TraderFeeder oneAccount(Target target, String instrument) {
        return new TraderFeeder(target, instrument, true);
    }

    /** Reads the credentials and looks the market up; call after the target started. */
    public void prepare() {
        List<Map<String, String>> traders = Traders.read(target.tradersCsv());
        String marketId = new TradingClient(target.tradingBaseUrl(), traders.get(0).get(Traders.PRIVATE_KEY))
                .marketIdOf(instrument);
        List<Map<String, Object>> prepared = new ArrayList<>(traders.size());
        for (Map<String, String> trader : traders) {
            Map<String, Object> row = new LinkedHashMap<>(trader);
            row.put(TRADING_BASE_URL, target.tradingBaseUrl());
            row.put(CONSUMPTION_BASE_URL, target.consumptionBaseUrl());
            row.put(MARKET_ID, marketId);
            row.put(INSTRUMENT, instrument);
            prepared.add(Map.copyOf(row));
        }
        rows = List.copyOf(prepared);
    }

    public int size() {
        return rows == null ? 0 : rows.size();
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public Map<String, Object> next() {
        List<Map<String, Object>> prepared = rows;
        if (prepared == null) {
            throw new NoSuchElementException("the trader feeder was not prepared: call prepare() in before()");
        }
        return oneAccount ? prepared.get(0) : prepared.get((int) (cursor.getAndIncrement() % prepared.size()));
    }
}
