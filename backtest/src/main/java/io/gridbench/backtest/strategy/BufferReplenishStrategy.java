package io.gridbench.backtest.strategy;

/**
 * {@code buffer-replenish} (seed 001): on a schedule, if the balance is below {@code minBalanceUnits}, buy
 * {@code buyQuantity} units by a limit order at {@code maxPriceTicks} or by a market order. With
 * {@code countOpenOrders} (the default) units still on order count towards the balance, so a slow limit order is
 * not doubled at every check; without it the strategy behaves like the seed script run from cron, which can stack
 * orders.
 */
public final class BufferReplenishStrategy implements Strategy {
    private final long minBalanceUnits;
    private final long buyQuantity;
    private final boolean market;
    private final long maxPriceTicks;
    private final long checkEveryMillis;
    private final boolean countOpenOrders;

    public BufferReplenishStrategy(long minBalanceUnits, long buyQuantity, boolean market, long maxPriceTicks,
                                   long checkEveryMillis, boolean countOpenOrders) {
        if (minBalanceUnits < 0 || buyQuantity <= 0 || checkEveryMillis <= 0 || !market && maxPriceTicks <= 0) {
            throw new IllegalArgumentException("buy_quantity, check_every and (for limit orders) max_price must be"
                    + " positive");
        }
        this.minBalanceUnits = minBalanceUnits;
        this.buyQuantity = buyQuantity;
        this.market = market;
        this.maxPriceTicks = maxPriceTicks;
        this.checkEveryMillis = checkEveryMillis;
        this.countOpenOrders = countOpenOrders;
    }

    @Override
    public void onStart(StrategyContext ctx) {
        ctx.every(checkEveryMillis);
        check(ctx);
    }

    @Override
    public void onTimer(StrategyContext ctx) {
        check(ctx);
    }

    private void check(StrategyContext ctx) {
        long have = ctx.account().balanceTokens();
        if (countOpenOrders) {
            have += Units.tokens(ctx.orders().openUnits());
        }
        if (have < Units.tokens(minBalanceUnits)) {
            if (market) {
                ctx.orders().buyMarket(buyQuantity);
            } else {
                ctx.orders().buyLimit(buyQuantity, maxPriceTicks);
            }
        }
    }
}
