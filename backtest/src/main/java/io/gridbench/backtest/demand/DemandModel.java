package io.gridbench.backtest.demand;

/**
 * Continuous token consumption as a cumulative curve: {@link #cumulativeTokens(long)} is the number of tokens used
 * from the model's origin up to an instant. Consumption between two instants is the difference, so rounding never
 * drifts. Implementations are immutable.
 */
public interface DemandModel {

    /** Tokens consumed from the origin up to {@code epochMillis}; non-decreasing, 0 at or before the origin. */
    long cumulativeTokens(long epochMillis);

    /** One line for reports, e.g. {@code constant 2000000 tokens/h}. */
    String describe();

    /** No continuous consumption (jobs only). */
    DemandModel NONE = new DemandModel() {
        @Override
        public long cumulativeTokens(long epochMillis) {
            return 0;
        }

        @Override
        public String describe() {
            return "none";
        }
    };
}
