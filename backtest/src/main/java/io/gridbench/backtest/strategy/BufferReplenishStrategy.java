package io.gridbench.backtest.strategy;

import io.gridbench.exchange.market.TokenUnits;

/**
 * {@code buffer-replenish} (seed 001): on a schedule, if the balance is below {@code minBalanceUnits}, buy
 * {@code buyQuantity} units by a limit order at {@code maxPrice} or by a market order. With
 * {@code countOpenOrders} (the default) units still on order count towards the balance, so a slow limit order is
 * not doubled at every check; without it the strategy behaves like the seed script run from cron, which can stack
 * orders. A relative {@code maxPrice} ({@code vwap-1%}) is taken from the market known at the check; a check
 * before anything has traded skips the limit order until the next one.
 */
public final class BufferReplenishStrategy implements Strategy {
    private final long minBalanceUnits;
    private final long buyQuantity;
    private final boolean market;
    private final LimitPricer maxPrice;
    private final long checkEveryMillis;
    private final boolean countOpenOrders;

    /**
     * @param maxPrice the limit price; may be null for market orders
     */
    public BufferReplenishStrategy(long minBalanceUnits, long buyQuantity, boolean market, LimitPrice maxPrice,
                                   long checkEveryMillis, boolean countOpenOrders) {
        if (minBalanceUnits < 0 || buyQuantity <= 0 || checkEveryMillis <= 0 || !market && maxPrice == null) {
            throw new IllegalArgumentException("buy_quantity and check_every must be positive, and limit orders"
                    + " need a max_price");
        }
        this.minBalanceUnits = minBalanceUnits;
        this.buyQuantity = buyQuantity;
        this.market = market;
        this.maxPrice = maxPrice == null ? null : new LimitPricer(maxPrice);
        this.checkEveryMillis = checkEveryMillis;
        this.countOpenOrders = countOpenOrders;
    }

    /** With a fixed limit price in ticks (ignored for market orders). */
    public BufferReplenishStrategy(long minBalanceUnits, long buyQuantity, boolean market, long maxPriceTicks,
                                   long checkEveryMillis, boolean countOpenOrders) {
        this(minBalanceUnits, buyQuantity, market, market ? null : LimitPrice.fixed(maxPriceTicks),
                checkEveryMillis, countOpenOrders);
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
            have += TokenUnits.tokens(ctx.orders().openUnits());
        }
        if (have < TokenUnits.tokens(minBalanceUnits)) {
            if (market) {
                ctx.orders().buyMarket(buyQuantity);
            } else {
                long price = maxPrice.ticks(ctx.market(), ctx.now());
                if (price > 0) {
                    ctx.orders().buyLimit(buyQuantity, price);
                }
            }
        }
    }
}
