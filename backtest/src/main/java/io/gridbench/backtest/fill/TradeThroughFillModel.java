package io.gridbench.backtest.fill;

/**
 * {@code trade-through}: only volume traded strictly below the limit fills the order, the usual proof that
 * everything resting at the limit, including us, was taken; volume at the limit only eats the queue ahead.
 */
public final class TradeThroughFillModel implements FillModel {
    @Override
    public String name() {
        return "trade-through";
    }

    @Override
    public boolean fillsAtLimit() {
        return false;
    }
}
