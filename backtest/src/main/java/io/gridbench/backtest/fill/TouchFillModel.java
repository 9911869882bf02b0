package io.gridbench.backtest.fill;

/** {@code touch}: volume at the limit, once the queue ahead is gone, can fill the order (within participation). */
public final class TouchFillModel implements FillModel {
    @Override
    public String name() {
        return "touch";
    }

    @Override
    public boolean fillsAtLimit() {
        return true;
    }
}
