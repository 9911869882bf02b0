package io.gridbench.backtest.strategy;

/**
 * {@code spread-tracking}: one resting bid placed {@code offsetTicks} from the estimated best bid or mid (see
 * {@link MarketState} for how they are estimated), never above {@code ceilingTicks}. When a bar closes it buys if
 * the balance plus open orders falls short of {@code minBalanceUnits} plus waiting jobs, and re-prices the open
 * order once the target has moved by at least {@code repriceTicks} (losing queue priority each time).
 */
public final class SpreadTrackingStrategy implements Strategy {
    /** Which estimate the bid is pegged to. */
    public enum Reference {
        BID, MID
    }

    private final long offsetTicks;
    private final Reference reference;
    private final long ceilingTicks;
    private final long repriceTicks;
    private final long minBalanceUnits;
    private final long buyQuantity;
    private long orderId;

    public SpreadTrackingStrategy(long offsetTicks, Reference reference, long ceilingTicks, long repriceTicks,
                                  long minBalanceUnits, long buyQuantity) {
        if (ceilingTicks <= 0 || repriceTicks <= 0 || buyQuantity <= 0 || minBalanceUnits < 0) {
            throw new IllegalArgumentException("max_price, reprice_ticks and buy_quantity must be positive");
        }
        this.offsetTicks = offsetTicks;
        this.reference = reference;
        this.ceilingTicks = ceilingTicks;
        this.repriceTicks = repriceTicks;
        this.minBalanceUnits = minBalanceUnits;
        this.buyQuantity = buyQuantity;
    }

    private long target(MarketState m) {
        long ref = reference == Reference.BID ? m.bidEstimate() : m.midEstimate();
        return Math.max(1, Math.min(ceilingTicks, ref + offsetTicks));
    }

    @Override
    public void onBar(StrategyContext ctx) {
        long target = target(ctx.market());
        OrderGateway orders = ctx.orders();
        if (orderId != 0 && orders.isOpen(orderId)) {
            if (Math.abs(orders.price(orderId) - target) >= repriceTicks) {
                orders.reprice(orderId, target);
            }
            return;
        }
        long wantTokens = Units.tokens(minBalanceUnits) + ctx.account().waitingJobTokens();
        long haveTokens = ctx.account().balanceTokens() + Units.tokens(orders.openUnits());
        if (haveTokens < wantTokens || ctx.account().stockedOut()) {
            long qty = Math.max(buyQuantity, Units.covering(wantTokens - haveTokens));
            orderId = orders.buyLimit(qty, target);
        }
    }
}
