package io.gridbench.exchange.marketdata;

/** Candle intervals the market-data API serves, with their wire names ({@code 1m}, {@code 5m}, ...). */
public enum CandleInterval {
    ONE_MINUTE("1m", 60_000L),
    FIVE_MINUTES("5m", 300_000L),
    ONE_HOUR("1h", 3_600_000L),
    FOUR_HOURS("4h", 14_400_000L),
    ONE_DAY("1d", 86_400_000L);

    private final String wire;
    private final long millis;

    CandleInterval(String wire, long millis) {
        this.wire = wire;
        this.millis = millis;
    }

    public String wire() {
        return wire;
    }

    public long millis() {
        return millis;
    }

    /** The open time of the bar that contains {@code timestampMillis} (bars are aligned to the UTC epoch). */
    public long bucketStart(long timestampMillis) {
        return Math.floorDiv(timestampMillis, millis) * millis;
    }

    /** Parses a wire name; {@code null} for anything else. */
    public static CandleInterval fromWire(String text) {
        for (CandleInterval i : values()) {
            if (i.wire.equals(text)) {
                return i;
            }
        }
        return null;
    }
}
