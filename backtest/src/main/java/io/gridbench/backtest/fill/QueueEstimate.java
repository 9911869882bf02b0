package io.gridbench.backtest.fill;

/** How the queue ahead of a newly active limit order is estimated (the data has no depth). */
public enum QueueEstimate {
    /**
     * Conservative default: everything printed at exactly the limit price during the look-back window before the
     * order became active is assumed to be resting ahead of us (with bars only: each bar's volume spread evenly
     * over its range, the share at the limit tick). That volume must trade again before we get any.
     */
    PRINTED("printed"),
    /** Optimistic: we are first in the queue at our price. Useful only to bound how much the queue matters. */
    NONE("none");

    private final String wire;

    QueueEstimate(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static QueueEstimate fromWire(String text) {
        for (QueueEstimate q : values()) {
            if (q.wire.equals(text)) {
                return q;
            }
        }
        throw new IllegalArgumentException("unknown queue estimate '" + text + "': use printed or none");
    }
}
