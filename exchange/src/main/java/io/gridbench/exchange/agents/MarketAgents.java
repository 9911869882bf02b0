package io.gridbench.exchange.agents;

import io.gridbench.exchange.market.Instrument;
import io.gridbench.exchange.venue.Venue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The built-in market participants that keep every instrument alive: per instrument a supplier resting asks and a
 * bidder resting bids on ladders around a mean-reverting reference price, and background traders sending Poisson
 * order flow against them, so trades print, candles form and a sensibly priced limit order fills.
 *
 * <p>Not thread-safe: it calls the {@link Venue} directly, so only the venue's core thread may use it. Usage:
 * {@code install(venue)} once, then {@code onTick(venue, now)} as often as convenient (every ~100 ms in real time,
 * or at {@link #nextEventAtMillis()} in a simulated-time loop). Each event carries its own timestamp and each
 * instrument draws from its own random stream split from the seed, so a seed gives the same order flow however
 * often onTick runs.
 */
public final class MarketAgents {
    private final List<Instrument> instruments;
    private final AgentSettings settings;
    private final long seed;
    private final List<InstrumentAgents> agents = new ArrayList<>();

    public MarketAgents(List<Instrument> instruments, AgentSettings settings, long seed) {
        if (settings == null) {
            throw new IllegalArgumentException("settings must not be null");
        }
        this.instruments = List.copyOf(instruments);
        this.settings = settings;
        this.seed = seed;
    }

    /**
     * Opens the agent accounts of every instrument, funds them, and seeds the ladders. The agents' clock starts at
     * the venue's current time (the timestamp of its depth snapshot).
     */
    public void install(Venue venue) {
        if (!instruments.isEmpty()) {
            install(venue, venue.depth(instruments.get(0).marketId()).timestampMillis());
        }
    }

    /** As {@link #install(Venue)}, with the agents' clock starting at {@code nowMillis}. */
    public void install(Venue venue, long nowMillis) {
        if (!agents.isEmpty()) {
            throw new IllegalStateException("market agents are installed already");
        }
        if (!settings.enabled()) {
            return;
        }
        SplittableRandom root = new SplittableRandom(seed);
        for (Instrument instrument : instruments) {
            String name = instrument.name();
            venue.openAccount(AgentAccounts.supplier(name), 0, false);
            venue.depositUnits(AgentAccounts.supplier(name), name, settings.agentUnits());
            venue.openAccount(AgentAccounts.sellers(name), 0, false);
            venue.depositUnits(AgentAccounts.sellers(name), name, settings.agentUnits());
            venue.openAccount(AgentAccounts.bidder(name), settings.agentCashCents(), false);
            venue.openAccount(AgentAccounts.buyers(name), settings.agentCashCents(), false);
            agents.add(new InstrumentAgents(name, instrument.marketId(), settings, root.split(), nowMillis));
        }
        for (InstrumentAgents instrument : agents) {
            instrument.seed(venue, nowMillis);
        }
    }

    /** Runs every agent event due at or before {@code nowMillis}, in time order. */
    public void onTick(Venue venue, long nowMillis) {
        while (true) {
            InstrumentAgents next = earliest();
            if (next == null || next.nextEventAt() > nowMillis) {
                return;
            }
            next.runNextEvent(venue);
        }
    }

    /** When the next agent event is due; {@link Long#MAX_VALUE} when agents are off or not installed. */
    public long nextEventAtMillis() {
        InstrumentAgents next = earliest();
        return next == null ? Long.MAX_VALUE : next.nextEventAt();
    }

    /** The current reference price of an instrument in (fractional) ticks, or NaN when it has no agents. */
    public double referenceTicks(String instrumentName) {
        for (InstrumentAgents instrument : agents) {
            if (instrument.name().equals(instrumentName)) {
                return instrument.referenceTicks();
            }
        }
        return Double.NaN;
    }

    /** Agent orders the venue rejected since install; by design (deeply funded accounts) this stays 0. */
    public long rejectedOrders() {
        long total = 0;
        for (InstrumentAgents instrument : agents) {
            total += instrument.rejectedOrders();
        }
        return total;
    }

    public AgentSettings settings() {
        return settings;
    }

    private InstrumentAgents earliest() {
        InstrumentAgents best = null;
        for (InstrumentAgents instrument : agents) {
            if (best == null || instrument.nextEventAt() < best.nextEventAt()) {
                best = instrument;
            }
        }
        return best;
    }
}
