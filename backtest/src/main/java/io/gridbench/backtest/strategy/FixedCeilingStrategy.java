package io.gridbench.backtest.strategy;

import io.gridbench.exchange.market.TokenUnits;

/**
 * {@code fixed-ceiling} (seed 000): a GTC limit buy at a maximum price for what a job or a window needs, left to
 * rest until it fills. Per job: {@code max(1, ceil(tokens / 1M))} units, less the whole units already held when
 * {@code includeExistingBalance} is set (as the seed's {@code INCLUDE_EXISTING_BALANCE}). Per window (if
 * {@code unitsPerWindow > 0}): that many units at the start and at every window boundary. Never re-prices.
 *
 * <p>A relative maximum price ({@code vwap-1%}) is fixed when the order is placed, from the market known then.
 * Orders wanted before the reference is known (nothing has traded yet) are placed together when the first bar
 * that makes it known closes.
 */
public final class FixedCeilingStrategy implements Strategy {
    private final LimitPricer maxPrice;
    private final boolean includeExistingBalance;
    private final long unitsPerWindow;
    private final long windowMillis;
    private long pendingUnits;

    public FixedCeilingStrategy(LimitPrice maxPrice, boolean includeExistingBalance, long unitsPerWindow,
                                long windowMillis) {
        if (unitsPerWindow < 0 || windowMillis <= 0) {
            throw new IllegalArgumentException("window must be positive, units_per_window >= 0");
        }
        this.maxPrice = new LimitPricer(maxPrice);
        this.includeExistingBalance = includeExistingBalance;
        this.unitsPerWindow = unitsPerWindow;
        this.windowMillis = windowMillis;
    }

    /** With a fixed maximum price in ticks. */
    public FixedCeilingStrategy(long maxPriceTicks, boolean includeExistingBalance, long unitsPerWindow,
                                long windowMillis) {
        this(LimitPrice.fixed(maxPriceTicks), includeExistingBalance, unitsPerWindow, windowMillis);
    }

    @Override
    public void onStart(StrategyContext ctx) {
        if (unitsPerWindow > 0) {
            buy(ctx, unitsPerWindow);
            ctx.every(windowMillis);
        }
    }

    @Override
    public void onTimer(StrategyContext ctx) {
        buy(ctx, unitsPerWindow);
    }

    @Override
    public void onBar(StrategyContext ctx) {
        if (pendingUnits > 0) {
            long units = pendingUnits;
            pendingUnits = 0;
            buy(ctx, units);
        }
    }

    @Override
    public void onJob(StrategyContext ctx, long tokens) {
        long required = Math.max(1, TokenUnits.covering(tokens));
        long held = includeExistingBalance ? ctx.account().balanceUnits() : 0;
        long toBuy = required - held;
        if (toBuy >= 1) {
            buy(ctx, toBuy);
        }
    }

    private void buy(StrategyContext ctx, long units) {
        long price = maxPrice.ticks(ctx.market(), ctx.now());
        if (price == 0) {
            pendingUnits += units;
        } else {
            ctx.orders().buyLimit(units, price);
        }
    }
}
