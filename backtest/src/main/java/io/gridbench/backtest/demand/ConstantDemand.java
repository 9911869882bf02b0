package io.gridbench.backtest.demand;

/** A steady consumption rate in tokens per hour from an origin instant. */
public final class ConstantDemand implements DemandModel {
    private static final double HOUR = 3_600_000d;
    private final long originMillis;
    private final double tokensPerHour;

    public ConstantDemand(long originMillis, double tokensPerHour) {
        if (tokensPerHour < 0) {
            throw new IllegalArgumentException("tokens per hour must not be negative");
        }
        this.originMillis = originMillis;
        this.tokensPerHour = tokensPerHour;
    }

    @Override
    public long cumulativeTokens(long epochMillis) {
        long dt = epochMillis - originMillis;
        return dt <= 0 ? 0 : (long) Math.floor(dt * tokensPerHour / HOUR);
    }

    @Override
    public String describe() {
        return "constant " + (long) tokensPerHour + " tokens/h";
    }
}
