package io.gridbench.exchange.market;

/** Order types the Grid accepts: a GTC {@code limit} order or an immediate {@code market} order. */
public enum OrderType {
    LIMIT("limit"),
    MARKET("market");

    private final String wire;

    OrderType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** Parses a wire name, case-insensitively; {@code null} for anything else. */
    public static OrderType fromWire(String text) {
        if (text == null) {
            return null;
        }
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "limit":
                return LIMIT;
            case "market":
                return MARKET;
            default:
                return null;
        }
    }
}
