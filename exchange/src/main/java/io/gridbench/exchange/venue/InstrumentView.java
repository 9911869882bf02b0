package io.gridbench.exchange.venue;

/** An instrument (a model family sold by the token, such as {@code chat-fast}) and the market it trades on. */
public record InstrumentView(String instrumentId, String name, String marketId, String description) {
}
