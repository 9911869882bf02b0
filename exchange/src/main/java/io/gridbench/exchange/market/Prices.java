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

    /** The longest price text {@link #parseTicks} reads: far beyond any real price, short enough to cost nothing. */
    public static final int MAX_TEXT_LENGTH = 24;
    /** Decimal digits before the point that {@link #toTicks(BigDecimal)} accepts: a price in ticks stays a long. */
    private static final int MAX_WHOLE_DIGITS = 16;

    private Prices() {
    }

    /**
     * Parses a plain decimal price such as {@code "2.5"} or {@code "2.50"} into ticks: an optional minus, digits and
     * an optional fraction, at most {@value #MAX_TEXT_LENGTH} characters. No exponent, sign {@code +}, space or
     * control character: the work done is bounded by the length, and a price read from a file or a request means
     * exactly what it shows.
     *
     * @throws IllegalArgumentException if the text is not such a number or is not a whole number of ticks
     */
    public static long parseTicks(String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("not a price: longer than " + MAX_TEXT_LENGTH + " characters");
        }
        if (!isPlainDecimal(text)) {
            throw new IllegalArgumentException("not a decimal number: '" + text + "'");
        }
        return toTicks(new BigDecimal(text));
    }

    /**
     * Converts a decimal price into ticks; rejects values finer than one tick and values too large for a long. The
     * checks come before any scaling, so an exponent such as {@code 1e30000000} is refused without expanding it.
     */
    public static long toTicks(BigDecimal value) {
        if (value.signum() == 0) {
            return 0;
        }
        if (value.precision() - value.scale() > MAX_WHOLE_DIGITS) {
            throw new IllegalArgumentException("price is out of range");
        }
        BigDecimal exact = value.scale() > 2 ? value.stripTrailingZeros() : value;
        if (exact.scale() > 2) {
            throw new IllegalArgumentException("price " + shown(value) + "is not a multiple of the 0.01 tick");
        }
        return exact.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    /** Converts a double price (CSV, strategy parameters) into ticks, rounding to the nearest tick. */
    public static long toTicks(double price) {
        return Math.round(price * TICKS_PER_DOLLAR);
    }

    /** Ticks as a dollar amount. */
    public static double toDouble(long ticks) {
        return ticks / (double) TICKS_PER_DOLLAR;
    }

    private static boolean isPlainDecimal(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point && digits > 0) {
                point = true;
                digits = 0;
            } else {
                return false;
            }
        }
        return digits > 0;
    }

    /** The value and a space when short enough to quote in a message, else nothing. */
    private static String shown(BigDecimal value) {
        String text = value.toString();
        return text.length() <= MAX_TEXT_LENGTH ? text + " " : "";
    }

    /** Ticks formatted with two decimals, as the API returns prices: {@code 250 -> "2.50"}. */
    public static String format(long ticks) {
        return BigDecimal.valueOf(ticks, 2).toPlainString();
    }
}
