package com.acme;

import io.gridbench.backtest.strategy.LimitPricer;
import io.gridbench.backtest.strategy.Strategy;
import io.gridbench.backtest.strategy.StrategyContext;
import io.gridbench.backtest.strategy.StrategyParameters;
import io.gridbench.exchange.market.TokenUnits;

/**
 * Keeps a buffer of units by bidding below the market, with a market buy as the fallback when it runs dry. Every
 * {@code check_every}, when the balance is under {@code min_balance} units and nothing is on order, it places a
 * limit buy of {@code buy_quantity} units at {@code dip} (e.g. {@code vwap(6h)-1%}); an order still open after
 * {@code patience} follows the market to the current {@code dip} price. On a stock-out it cancels and market-buys.
 *
 * <pre>
 *   type: class
 *   class: com.acme.DipBuyer
 *   min_balance: 20
 *   buy_quantity: 10
 *   dip: vwap(6h)-1%
 *   patience: 6h
 *   check_every: 5m
 * </pre>
 */
public final class DipBuyer implements Strategy {
    private final long minBalanceUnits;
    private final long buyQuantity;
    private final LimitPricer dip;
    private final long patienceMillis;
    private final long checkEveryMillis;
    private long order = -1;
    private long placedAt;

    /** Reads its parameters; gridbench rejects any other key in the file. */
    public DipBuyer(StrategyParameters p) {
        this.minBalanceUnits = p.whole("min_balance", 20);
        this.buyQuantity = p.whole("buy_quantity", 10);
        this.dip = new LimitPricer(p.limitPrice("dip"));
        this.patienceMillis = p.durationMillis("patience", "6h");
        this.checkEveryMillis = p.durationMillis("check_every", "5m");
        if (buyQuantity == 0) {
            throw p.error("buy_quantity", "must be at least 1 unit");
        }
        if (checkEveryMillis == 0) {
            throw p.error("check_every", "must be longer than zero");
        }
    }

    @Override
    public void onStart(StrategyContext ctx) {
        ctx.every(checkEveryMillis);
    }

    @Override
    public void onTimer(StrategyContext ctx) {
        boolean open = order >= 0 && ctx.orders().isOpen(order);
        long price = dip.ticks(ctx.market(), ctx.now());
        if (price <= 0) {
            return;
        }
        if (open && ctx.now() - placedAt >= patienceMillis && ctx.orders().price(order) != price) {
            ctx.orders().reprice(order, price);
            placedAt = ctx.now();
        } else if (!open && ctx.account().balanceTokens() < TokenUnits.tokens(minBalanceUnits)) {
            order = ctx.orders().buyLimit(buyQuantity, price);
            placedAt = ctx.now();
        }
    }

    @Override
    public void onStockOut(StrategyContext ctx) {
        if (order >= 0 && ctx.orders().isOpen(order)) {
            if (ctx.orders().price(order) == 0) {
                return; // a market buy is already on its way
            }
            ctx.orders().cancel(order);
        }
        order = ctx.orders().buyMarket(buyQuantity);
        placedAt = ctx.now();
    }
}
