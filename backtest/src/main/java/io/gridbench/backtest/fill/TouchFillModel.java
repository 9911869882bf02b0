package io.gridbench.backtest.fill;

/** {@code touch}: the order can fill as soon as the price trades at its limit (a bar low at or below it). */
public final class TouchFillModel implements FillModel {
    @Override
    public String name() {
        return "touch";
    }

    @Override
    public boolean printReaches(long limit, long price) {
        return price <= limit;
    }

    @Override
    public long barVolumeReaching(long limit, long high, long low, long volume) {
        return FillModel.spreadVolume(limit, high, low, volume);
    }

    @Override
    public boolean opensThrough(long limit, long open) {
        return open <= limit;
    }
}
