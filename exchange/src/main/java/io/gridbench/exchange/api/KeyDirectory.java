package io.gridbench.exchange.api;

/** Looks up the trading key behind an {@code x-thegrid-fingerprint}; called on event-loop threads, so never blocks. */
@FunctionalInterface
public interface KeyDirectory {

    /** The key registered under {@code fingerprint}, or {@code null} when there is none. */
    TradingKey byFingerprint(String fingerprint);
}
