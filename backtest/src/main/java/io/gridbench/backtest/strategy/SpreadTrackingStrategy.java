package io.gridbench.backtest.strategy;

import io.gridbench.exchange.market.TokenUnits;

/**
 * {@code spread-tracking}: one resting bid placed {@code offsetTicks} from the estimated best bid or mid (see
 * {@link MarketState} for how they are estimated), never above {@code maxPrice}. When a bar closes it buys if
 * the balance plus open orders falls short of {@code minBalanceUnits} plus waiting jobs, and re-prices the open
 * order once the target has moved by at least {@code repriceTicks} (losing queue priority each time). A relative
 * {@code maxPrice} ({@code vwap+1%}) is re-evaluated at every bar from the market known then; while it is unknown
 * (no print yet) the strategy does nothing.
 */
public final class SpreadTrackingStrategy implements Strategy {
    /** Which estimate the bid is pegged to. */
    public enum Peg {
        BID, MID
    }

    private final long offsetTicks;
    private final Peg reference;
    private final LimitPricer maxPrice;
    private final long repriceTicks;
    private final long minBalanceUnits;
    private final long buyQuantity;
    private long orderId;

    public SpreadTrackingStrategy(long offsetTicks, Peg reference, LimitPrice maxPrice, long repriceTicks,
                                  long minBalanceUnits, long buyQuantity) {
        if (repriceTicks <= 0 || buyQuantity <= 0 || minBalanceUnits < 0) {
            throw new IllegalArgumentException("max_price, reprice_ticks and buy_quantity must be positive");
        }
        this.offsetTicks = offsetTicks;
        this.reference = reference;
        this.maxPrice = new LimitPricer(maxPrice);
        this.repriceTicks = repriceTicks;
        this.minBalanceUnits = minBalanceUnits;
        this.buyQuantity = buyQuantity;
    }

    /** With a fixed ceiling in ticks. */
    public SpreadTrackingStrategy(long offsetTicks, Peg reference, long ceilingTicks, long repriceTicks,
                                  long minBalanceUnits, long buyQuantity) {
        this(offsetTicks, reference, LimitPrice.fixed(ceilingTicks), repriceTicks, minBalanceUnits, buyQuantity);
    }

    @Override
    public void onBar(StrategyContext ctx) {
        MarketState m = ctx.market();
        long ceiling = maxPrice.ticks(m, ctx.now());
        if (ceiling == 0) {
            return;
        }
        long ref = reference == Peg.BID ? m.bidEstimate() : m.midEstimate();
        long target = Math.max(1, Math.min(ceiling, ref + offsetTicks));
        OrderGateway orders = ctx.orders();
        if (orderId != 0 && orders.isOpen(orderId)) {
            if (Math.abs(orders.price(orderId) - target) >= repriceTicks) {
                orders.reprice(orderId, target);
            }
            return;
        }
        long wantTokens = TokenUnits.tokens(minBalanceUnits) + ctx.account().waitingJobTokens();
        long haveTokens = ctx.account().balanceTokens() + TokenUnits.tokens(orders.openUnits());
        if (haveTokens < wantTokens || ctx.account().stockedOut()) {
            long qty = Math.max(buyQuantity, TokenUnits.covering(wantTokens - haveTokens));
            orderId = orders.buyLimit(qty, target);
        }
    }
}
