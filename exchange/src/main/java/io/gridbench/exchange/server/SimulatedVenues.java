package io.gridbench.exchange.server;

import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.config.InstrumentSettings;
import io.gridbench.exchange.config.RetentionSettings;
import io.gridbench.exchange.market.Instrument;
import io.gridbench.exchange.venue.CallerRunsVenueCore;
import io.gridbench.exchange.venue.Retention;
import io.gridbench.exchange.venue.SimulatedVenue;
import io.gridbench.exchange.venue.VenueCore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Builds the engine's {@link SimulatedVenue} for a config's instruments behind a {@link CallerRunsVenueCore}: the
 * server's event loops take turns running venue tasks, so a request pays no hand-over to another thread.
 */
public final class SimulatedVenues {

    private SimulatedVenues() {
    }

    /**
     * @param seed  seeds the venue's order and trade ids
     * @param clock stamps orders, trades and candles
     */
    public static Function<ExchangeConfig, VenueCore> factory(long seed, Clock clock) {
        return config -> new CallerRunsVenueCore(new SimulatedVenue(instruments(config), clock::millis, seed,
                retention(config)));
    }

    /** The venue's retention for a config's {@code retention} section. */
    public static Retention retention(ExchangeConfig config) {
        RetentionSettings r = config.retention();
        return new Retention(r.maxOrders(), r.maxTradesPerMarket(), r.fineCandleMillis());
    }

    /** The engine's instruments for a config's instrument settings, in config order. */
    public static List<Instrument> instruments(ExchangeConfig config) {
        List<Instrument> instruments = new ArrayList<>();
        for (InstrumentSettings i : config.instruments()) {
            instruments.add(new Instrument(i.instrumentId(), i.name(), i.marketId(), i.description()));
        }
        return instruments;
    }
}
