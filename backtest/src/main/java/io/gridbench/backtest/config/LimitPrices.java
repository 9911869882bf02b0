package io.gridbench.backtest.config;

import io.gridbench.backtest.strategy.LimitPrice;
import io.gridbench.exchange.market.Prices;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text form of a {@link LimitPrice}. The grammar (spaces allowed around the sign):
 *
 * <pre>
 *   price     = usd | reference [ ("+" | "-") offset ]
 *   usd       = a positive decimal in whole cents            2.42
 *   reference = "vwap" [ "(" duration ")" ] | "last" | "mid"  vwap = vwap(24h); durations as 30m, 6h, 7d
 *   offset    = usd | percent "%"                             0.02 (USD), 1% or 0.25% (of the reference; at most
 *                                                             two decimals, below 100 when subtracted)
 * </pre>
 */
public final class LimitPrices {
    /** The accepted forms, for error messages. */
    public static final String FORMS = "a USD price such as 2.42, or vwap, vwap(<window> such as 6h), last or mid,"
            + " optionally followed by +/- USD (mid-0.02) or +/- percent (vwap-1%, last+0.5%)";
    private static final Pattern RELATIVE = Pattern.compile(
            "(vwap|last|mid)(?:\\(([^)]*)\\))?\\s*(?:([+-])\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(%)?)?");

    private LimitPrices() {
    }

    /** @throws IllegalArgumentException saying what is wrong and the accepted forms */
    public static LimitPrice parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (!t.isEmpty() && (Character.isDigit(t.charAt(0)) || t.charAt(0) == '.')) {
            return LimitPrice.fixed(usd(t, text));
        }
        Matcher m = RELATIVE.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected " + FORMS + " but was '" + text + "'");
        }
        LimitPrice.Reference reference = LimitPrice.Reference.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        long window = 0;
        if (reference == LimitPrice.Reference.VWAP) {
            window = m.group(2) == null ? LimitPrice.DEFAULT_VWAP_WINDOW_MILLIS : window(m.group(2), text);
        } else if (m.group(2) != null) {
            throw new IllegalArgumentException("only vwap takes a window, in '" + text + "'; expected " + FORMS);
        }
        long ticks = 0;
        long bps = 0;
        if (m.group(3) != null) {
            boolean minus = m.group(3).equals("-");
            if (m.group(5) != null) {
                bps = percentBps(m.group(4), minus, text);
            } else {
                ticks = usd(m.group(4), text);
            }
            if (minus) {
                ticks = -ticks;
                bps = -bps;
            }
        }
        return new LimitPrice(reference, 0, window, ticks, bps);
    }

    private static long usd(String number, String text) {
        long ticks;
        try {
            ticks = Prices.toTicks(new BigDecimal(number));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected " + FORMS + " but was '" + text + "'");
        }
        if (ticks <= 0) {
            throw new IllegalArgumentException("price must be positive: '" + text + "'");
        }
        return ticks;
    }

    private static long window(String duration, String text) {
        long ms;
        try {
            ms = Durations.parseMillis(duration);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("vwap window in '" + text + "': " + e.getMessage());
        }
        if (ms <= 0) {
            throw new IllegalArgumentException("vwap window must be positive in '" + text + "'");
        }
        return ms;
    }

    private static long percentBps(String number, boolean minus, String text) {
        BigDecimal pct = new BigDecimal(number);
        if (pct.scale() > 2) {
            throw new IllegalArgumentException("percent offset takes at most two decimals (0.01% steps) in '"
                    + text + "'");
        }
        if (minus && pct.compareTo(BigDecimal.valueOf(100)) >= 0 || pct.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw new IllegalArgumentException("percent offset must be below 100% when subtracted and at most"
                    + " 1000% when added, in '" + text + "'");
        }
        return pct.movePointRight(2).longValueExact();
    }
}
