package io.gridbench.exchange.market;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fixed-point prices. Inside gridbench a price is a {@code long} count of ticks of 0.01 USD per unit
 * (1 unit = 1,000,000 tokens), so {@code 2.50} is {@code 250}. Decimals exist only at the edges (HTTP, CSV, reports).
 * Cash amounts use the same scale: price ticks times whole units gives cents.
 */
public final class Prices {
    /** Ticks per US dollar: the tick is one cent. */
    public static final long TICKS_PER_DOLLAR = 100;
    /** Tokens in one tradable unit. */
    public static final long TOKENS_PER_UNIT = 1_000_000L;

    private Prices() {
    }

    /**
     * Parses a decimal price such as {@code "2.5"} or {@code "2.50"} into ticks.
     *
     * @throws IllegalArgumentException if the text is not a number or is not a whole number of ticks
     */
    public static long parseTicks(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a decimal number: '" + text + "'");
        }
        return toTicks(value);
    }

    /** Converts a decimal price into ticks; rejects values finer than one tick. */
    public static long toTicks(BigDecimal value) {
        BigDecimal ticks = value.movePointRight(2);
        try {
            return ticks.setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("price " + value.toPlainString() + " is not a multiple of the 0.01 tick");
        }
    }

    /** Converts a double price (CSV, strategy parameters) into ticks, rounding to the nearest tick. */
    public static long toTicks(double price) {
        return Math.round(price * TICKS_PER_DOLLAR);
    }

    /** Ticks as a dollar amount. */
    public static double toDouble(long ticks) {
        return ticks / (double) TICKS_PER_DOLLAR;
    }

    /** Ticks formatted with two decimals, as the API returns prices: {@code 250 -> "2.50"}. */
    public static String format(long ticks) {
        return BigDecimal.valueOf(ticks, 2).toPlainString();
    }
}
