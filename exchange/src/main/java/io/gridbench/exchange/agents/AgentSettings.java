package io.gridbench.exchange.agents;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything that shapes the built-in market: which reference price each instrument mean-reverts to, how that
 * price moves, the background order flow, the supplier and bidder ladders, and how much the agent accounts hold.
 * Immutable; serializes as plain JSON (the data generator writes it next to the data it made).
 *
 * @param enabled               false switches all agents off: install and onTick then do nothing
 * @param referencePrices       base price in USD per unit by instrument name
 * @param defaultReferencePrice base price for an instrument missing from {@code referencePrices}
 * @param price                 the reference price process
 * @param flow                  the background traders' order flow
 * @param ladder                the supplier and bidder ladders
 * @param agentUnits            units deposited into each selling agent account per instrument
 * @param agentCashCents        USD cash (cents) given to each buying agent account
 */
public record AgentSettings(boolean enabled, Map<String, Double> referencePrices, double defaultReferencePrice,
                            PriceDynamics price, OrderFlowSettings flow, LadderSettings ladder,
                            long agentUnits, long agentCashCents) {

    public AgentSettings {
        if (referencePrices == null) {
            throw new IllegalArgumentException("referencePrices must not be null");
        }
        for (Map.Entry<String, Double> e : referencePrices.entrySet()) {
            requirePrice("referencePrices." + e.getKey(), e.getValue() == null ? Double.NaN : e.getValue());
        }
        requirePrice("defaultReferencePrice", defaultReferencePrice);
        if (price == null || flow == null || ladder == null) {
            throw new IllegalArgumentException("price, flow and ladder settings must not be null");
        }
        if (agentUnits < 1 || agentUnits > 1_000_000_000_000L) {
            throw new IllegalArgumentException("agentUnits must be 1..10^12, got " + agentUnits);
        }
        if (agentCashCents < 1 || agentCashCents > 1_000_000_000_000_000L) {
            throw new IllegalArgumentException("agentCashCents must be 1..10^15, got " + agentCashCents);
        }
        // A sorted copy keeps the JSON form and the iteration order stable.
        referencePrices = Collections.unmodifiableMap(new TreeMap<>(referencePrices));
    }

    /**
     * A living market on the Grid's instruments, at the exchange config's reference prices: chat-fast 2.40,
     * text-standard 1.20, text-prime 3.00, text-max 6.00, code-max 5.00 USD per unit (2.00 for any other
     * instrument), with accounts deep enough for months of flow.
     */
    public static AgentSettings defaults() {
        Map<String, Double> prices = new TreeMap<>();
        prices.put("chat-fast", 2.40);
        prices.put("text-standard", 1.20);
        prices.put("text-prime", 3.00);
        prices.put("text-max", 6.00);
        prices.put("code-max", 5.00);
        return new AgentSettings(true, prices, 2.00, PriceDynamics.defaults(), OrderFlowSettings.defaults(),
                LadderSettings.defaults(), 1_000_000_000L, 1_000_000_000_000L);
    }

    /** The same settings with agents switched off. */
    public AgentSettings disabled() {
        return new AgentSettings(false, referencePrices, defaultReferencePrice, price, flow, ladder, agentUnits,
                agentCashCents);
    }

    /** The same settings with other base prices (the exchange config's {@code reference_price} per instrument). */
    public AgentSettings withReferencePrices(Map<String, Double> prices) {
        return new AgentSettings(enabled, prices, defaultReferencePrice, price, flow, ladder, agentUnits,
                agentCashCents);
    }

    /** The same settings with another order flow (the data generator trades less often, in larger orders). */
    public AgentSettings withFlow(OrderFlowSettings newFlow) {
        return new AgentSettings(enabled, referencePrices, defaultReferencePrice, price, newFlow, ladder, agentUnits,
                agentCashCents);
    }

    /** The base reference price of an instrument, in USD per unit. */
    public double referencePrice(String instrumentName) {
        Double p = referencePrices.get(instrumentName);
        return p == null ? defaultReferencePrice : p;
    }

    private static void requirePrice(String name, double value) {
        if (!(value >= 0.01 && value <= 1_000_000)) {
            throw new IllegalArgumentException(name + " must be a price in [0.01, 1000000] USD, got " + value);
        }
    }
}
