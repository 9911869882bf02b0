package io.gridbench.exchange.market;

import java.util.Objects;

/**
 * An instrument the venue lists, with the id of the one market (order book) it trades on.
 *
 * @param instrumentId for example {@code instrument_chat-fast}
 * @param name         the model family name clients use, for example {@code chat-fast}
 * @param marketId     for example {@code market_chat-fast}
 * @param description  free text shown by the reference-data endpoints
 */
public record Instrument(String instrumentId, String name, String marketId, String description) {

    public Instrument {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(marketId, "marketId");
        Objects.requireNonNull(description, "description");
    }

    /** An instrument whose ids derive from its name: {@code instrument_<name>} trading on {@code market_<name>}. */
    public static Instrument named(String name, String description) {
        return new Instrument("instrument_" + name, name, "market_" + name, description);
    }
}
