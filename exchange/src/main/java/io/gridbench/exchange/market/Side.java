package io.gridbench.exchange.market;

/** The side of an order or of a trade's aggressor, with the lower-case name the Trading API uses on the wire. */
public enum Side {
    BUY("buy"),
    SELL("sell");

    private final String wire;

    Side(String wire) {
        this.wire = wire;
    }

    /** The name on the wire: {@code buy} or {@code sell}. */
    public String wire() {
        return wire;
    }

    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }

    /** Parses a wire name, case-insensitively; returns {@code null} for anything else so callers can name the field. */
    public static Side fromWire(String text) {
        if (text == null) {
            return null;
        }
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "buy":
                return BUY;
            case "sell":
                return SELL;
            default:
                return null;
        }
    }
}
