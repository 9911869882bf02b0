package io.gridbench.exchange.inference;

import java.util.Optional;

/**
 * Resolves a consumption API key (the bearer token of the Consumption API) to the account it draws from. Called on
 * event-loop threads, so implementations must be thread-safe and must not block.
 */
@FunctionalInterface
public interface ConsumptionKeys {

    /** The account id of {@code apiKey}, or empty when the key is unknown. */
    Optional<String> accountFor(String apiKey);
}
