package io.gridbench.backtest.strategy;

import io.gridbench.exchange.market.TokenUnits;

/**
 * {@code auto}: the Auto Mode baseline (seed 002). Whenever the balance runs out (or falls below
 * {@code lowBalanceUnits}), or a job cannot start, it market-buys {@code buyQuantity} units, or more if a waiting
 * job needs more. It never has more than one order in flight, and it still stocks out for the order latency.
 */
public final class AutoStrategy implements Strategy {
    private final long buyQuantity;
    private final long lowBalanceUnits;

    public AutoStrategy(long buyQuantity, long lowBalanceUnits) {
        if (buyQuantity <= 0 || lowBalanceUnits < 0) {
            throw new IllegalArgumentException("buy_quantity must be positive and low_balance not negative");
        }
        this.buyQuantity = buyQuantity;
        this.lowBalanceUnits = lowBalanceUnits;
    }

    @Override
    public void onStart(StrategyContext ctx) {
        check(ctx);
    }

    @Override
    public void onStockOut(StrategyContext ctx) {
        check(ctx);
    }

    @Override
    public void onJob(StrategyContext ctx, long tokens) {
        check(ctx);
    }

    @Override
    public void onBar(StrategyContext ctx) {
        check(ctx);
    }

    @Override
    public void onFill(StrategyContext ctx, long orderId, long priceTicks, long quantity) {
        check(ctx);
    }

    private void check(StrategyContext ctx) {
        if (ctx.orders().openUnits() > 0) {
            return;
        }
        AccountState a = ctx.account();
        long balance = a.balanceTokens();
        long jobShort = a.waitingJobTokens() - balance;
        boolean low = lowBalanceUnits > 0 ? balance < TokenUnits.tokens(lowBalanceUnits) : a.stockedOut();
        if (low || jobShort > 0) {
            ctx.orders().buyMarket(Math.max(buyQuantity, TokenUnits.covering(jobShort)));
        }
    }
}
