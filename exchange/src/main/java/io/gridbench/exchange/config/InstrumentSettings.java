package io.gridbench.exchange.config;

import io.gridbench.exchange.market.Prices;

import java.math.BigDecimal;

/**
 * One entry of the {@code instruments:} list: an instrument, its market and the price market agents quote around.
 *
 * @param referencePrice USD per unit, a multiple of the 0.01 tick
 */
public record InstrumentSettings(String name, String instrumentId, String marketId, String description,
                                 BigDecimal referencePrice) {

    public InstrumentSettings {
        require("name", name, name);
        require("instrument_id", instrumentId, name);
        require("market_id", marketId, name);
        description = description == null ? "" : description;
        if (referencePrice == null || referencePrice.signum() <= 0) {
            throw new IllegalArgumentException("instrument '" + name + "': reference_price must be a positive price");
        }
        Prices.toTicks(referencePrice);
    }

    public long referencePriceTicks() {
        return Prices.toTicks(referencePrice);
    }

    private static void require(String field, String value, String instrument) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("instrument '" + instrument + "': " + field + " is required");
        }
    }
}
