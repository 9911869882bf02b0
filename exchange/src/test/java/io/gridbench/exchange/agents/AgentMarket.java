package io.gridbench.exchange.agents;

import io.gridbench.exchange.market.Instrument;
import io.gridbench.exchange.marketdata.TradePrint;
import io.gridbench.exchange.venue.Page;
import io.gridbench.exchange.venue.SimulatedVenue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Test fixture: a simulated venue with market agents on a manual clock, stepped from event to event. */
final class AgentMarket {
    static final long START = 1_785_542_400_000L; // 2026-08-01T00:00:00Z
    static final Instrument CHAT_FAST = Instrument.named("chat-fast", "Low-latency chat model");
    static final Instrument TEXT_PRIME = Instrument.named("text-prime", "Frontier text model");

    final long[] now = {START};
    final SimulatedVenue venue;
    final MarketAgents agents;

    AgentMarket(AgentSettings settings, long seed) {
        List<Instrument> instruments = List.of(CHAT_FAST, TEXT_PRIME);
        venue = new SimulatedVenue(instruments, () -> now[0], 7);
        agents = new MarketAgents(instruments, settings, seed);
        agents.install(venue);
    }

    AgentMarket(long seed) {
        this(AgentSettings.defaults(), seed);
    }

    /** Runs every agent event up to {@code untilMillis}, with the clock at each event's time. */
    void runUntil(long untilMillis) {
        while (agents.nextEventAtMillis() <= untilMillis) {
            now[0] = agents.nextEventAtMillis();
            agents.onTick(venue, now[0]);
        }
        now[0] = untilMillis;
    }

    /** Polls like the live server does: a tick every {@code stepMillis} with the clock at the tick. */
    void tickUntil(long untilMillis, long stepMillis) {
        while (now[0] < untilMillis) {
            now[0] = Math.min(untilMillis, now[0] + stepMillis);
            agents.onTick(venue, now[0]);
        }
    }

    /** Every trade of a market, oldest first. */
    List<TradePrint> trades(Instrument instrument) {
        List<TradePrint> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<TradePrint> page = venue.trades(instrument.marketId(), cursor, 100);
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        Collections.reverse(all);
        return all;
    }
}
