package io.gridbench.backtest.fill;

/**
 * {@code trade-through}: the order fills only when the price trades strictly below its limit, the usual proof
 * that everything resting at the limit, including us, was taken.
 */
public final class TradeThroughFillModel implements FillModel {
    @Override
    public String name() {
        return "trade-through";
    }

    @Override
    public boolean printReaches(long limit, long price) {
        return price < limit;
    }

    @Override
    public long barVolumeReaching(long limit, long high, long low, long volume) {
        return FillModel.spreadVolume(limit - 1, high, low, volume);
    }

    @Override
    public boolean opensThrough(long limit, long open) {
        return open < limit;
    }
}
