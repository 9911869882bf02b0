package io.gridbench.backtest.live;

import io.gridbench.exchange.market.Prices;

/**
 * Hard limits of a live run, checked before every order: what the run may commit in USD (paid for fills plus what
 * its open orders could still cost), in units (filled plus still on order), and in units per order. An order that
 * would break one is not sent, and the run stops. Immutable; {@link Long#MAX_VALUE} means no limit.
 *
 * @param maxSpendCents  USD in cents the run may commit
 * @param maxUnits       units the run may buy or have on order
 * @param maxOrderUnits  units one order may ask for
 */
public record RunCaps(long maxSpendCents, long maxUnits, long maxOrderUnits) {
    public static final RunCaps NONE = new RunCaps(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);

    public RunCaps {
        if (maxSpendCents < 0 || maxUnits < 0 || maxOrderUnits < 1) {
            throw new IllegalArgumentException("caps must not be negative and max order size at least 1 unit");
        }
    }

    /**
     * Why an order may not be sent, or null when it may.
     *
     * @param quantity        units the order asks for
     * @param worstCostCents  the most it can cost (limit price, or the market order's estimate, times quantity)
     * @param committedCents  already paid plus what open orders may still cost
     * @param committedUnits  already filled plus still on order
     */
    public String refusal(long quantity, long worstCostCents, long committedCents, long committedUnits) {
        if (quantity > maxOrderUnits) {
            return "max order size: an order of " + quantity + " units is over --max-order-units " + maxOrderUnits;
        }
        if (committedUnits + quantity > maxUnits) {
            return "max units: " + committedUnits + " units bought or on order plus " + quantity
                    + " would pass --max-units " + maxUnits;
        }
        if (committedCents + worstCostCents > maxSpendCents) {
            return "max spend: USD " + Prices.format(committedCents) + " committed plus up to USD "
                    + Prices.format(worstCostCents) + " would pass --max-spend " + Prices.format(maxSpendCents);
        }
        return null;
    }
}
