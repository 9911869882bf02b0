package io.gridbench.backtest.history;

import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.config.InstrumentSettings;
import io.gridbench.exchange.market.Instrument;
import io.gridbench.exchange.server.ExchangeServer;
import io.gridbench.exchange.venue.SimulatedVenue;
import io.gridbench.exchange.venue.ThreadVenueCore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** A real in-process exchange on 127.0.0.1, default instruments, no agents, whose venue clock a test sets. */
final class VenueClockExchange {
    private VenueClockExchange() {
    }

    /** Starts it on a free port; the venue stamps orders, trades and depth with {@code venueNow}. */
    static ExchangeServer start(AtomicLong venueNow) {
        ExchangeConfig config = ExchangeConfig.defaults();
        List<Instrument> instruments = new ArrayList<>();
        for (InstrumentSettings i : config.instruments()) {
            instruments.add(new Instrument(i.instrumentId(), i.name(), i.marketId(), i.description()));
        }
        return ExchangeServer.builder(config, c -> new ThreadVenueCore(new SimulatedVenue(instruments,
                venueNow::get, 3))).seed(3).start(0);
    }
}
