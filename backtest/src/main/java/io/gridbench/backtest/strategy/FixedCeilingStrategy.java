package io.gridbench.backtest.strategy;

/**
 * {@code fixed-ceiling} (seed 000): a GTC limit buy at a fixed maximum price for what a job or a window needs, left
 * to rest until it fills. Per job: {@code max(1, ceil(tokens / 1M))} units, less the whole units already held
 * when {@code includeExistingBalance} is set (as the seed's {@code INCLUDE_EXISTING_BALANCE}). Per window (if
 * {@code unitsPerWindow > 0}): that many units at the start and at every window boundary. Never re-prices.
 */
public final class FixedCeilingStrategy implements Strategy {
    private final long maxPriceTicks;
    private final boolean includeExistingBalance;
    private final long unitsPerWindow;
    private final long windowMillis;

    public FixedCeilingStrategy(long maxPriceTicks, boolean includeExistingBalance, long unitsPerWindow,
                                long windowMillis) {
        if (maxPriceTicks <= 0 || unitsPerWindow < 0 || windowMillis <= 0) {
            throw new IllegalArgumentException("max_price and window must be positive, units_per_window >= 0");
        }
        this.maxPriceTicks = maxPriceTicks;
        this.includeExistingBalance = includeExistingBalance;
        this.unitsPerWindow = unitsPerWindow;
        this.windowMillis = windowMillis;
    }

    @Override
    public void onStart(StrategyContext ctx) {
        if (unitsPerWindow > 0) {
            ctx.orders().buyLimit(unitsPerWindow, maxPriceTicks);
            ctx.every(windowMillis);
        }
    }

    @Override
    public void onTimer(StrategyContext ctx) {
        ctx.orders().buyLimit(unitsPerWindow, maxPriceTicks);
    }

    @Override
    public void onJob(StrategyContext ctx, long tokens) {
        long required = Math.max(1, Units.covering(tokens));
        long held = includeExistingBalance ? ctx.account().balanceUnits() : 0;
        long toBuy = required - held;
        if (toBuy >= 1) {
            ctx.orders().buyLimit(toBuy, maxPriceTicks);
        }
    }
}
