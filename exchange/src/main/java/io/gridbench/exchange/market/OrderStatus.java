package io.gridbench.exchange.market;

/**
 * The life cycle of an order. The seed clients treat {@link #FILLED}, {@link #CANCELED} and {@link #REJECTED}
 * as terminal.
 */
public enum OrderStatus {
    OPEN("open"),
    PARTIALLY_FILLED("partially_filled"),
    FILLED("filled"),
    CANCELED("canceled"),
    REJECTED("rejected");

    private final String wire;

    OrderStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public boolean isTerminal() {
        return this == FILLED || this == CANCELED || this == REJECTED;
    }

    /** Parses a wire name, case-insensitively; {@code null} for anything else. */
    public static OrderStatus fromWire(String text) {
        if (text == null) {
            return null;
        }
        for (OrderStatus s : values()) {
            if (s.wire.equalsIgnoreCase(text)) {
                return s;
            }
        }
        return null;
    }
}
