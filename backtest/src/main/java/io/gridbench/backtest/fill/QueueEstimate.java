package io.gridbench.backtest.fill;

/**
 * How the queue ahead of a resting limit order is estimated. Without recorded quotes every model but
 * {@link #NONE} starts from the volume printed at the price ({@link #PRINTED}); with quotes, the two book models
 * start from the displayed size at the best bid, as hftbacktest's queue models do.
 */
public enum QueueEstimate {
    /**
     * Conservative default: everything printed at exactly the limit price during the look-back window before the
     * order became active is assumed to be resting ahead of us (with bars only: each bar's volume spread evenly
     * over its range, the share at the limit tick). That volume must trade again before we get any.
     */
    PRINTED("printed"),
    /** Optimistic: we are first in the queue at our price. Useful only to bound how much the queue matters. */
    NONE("none"),
    /**
     * With quotes: joining the best bid, everything displayed there is ahead of us; only prints at our price
     * advance us (size that leaves the level otherwise is assumed to be behind us). A price better than the best
     * bid has no queue. hftbacktest's {@code RiskAdverseQueueModel}.
     */
    RISK_AVERSE("risk-averse"),
    /**
     * With quotes: as {@link #RISK_AVERSE}, and size that leaves our level without trading (cancellations) came
     * from ahead of us with probability front^3 / (back^3 + front^3), so the queue ahead shrinks by that share.
     * hftbacktest's {@code ProbQueueModel} with its power-3 function.
     */
    PROBABILISTIC("probabilistic");

    private final String wire;

    QueueEstimate(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** True for the models that read the displayed size at the best bid when quotes were recorded. */
    public boolean readsBook() {
        return this == RISK_AVERSE || this == PROBABILISTIC;
    }

    public static QueueEstimate fromWire(String text) {
        for (QueueEstimate q : values()) {
            if (q.wire.equals(text)) {
                return q;
            }
        }
        throw new IllegalArgumentException("unknown queue estimate '" + text + "': use printed, none, risk-averse or probabilistic");
    }
}
