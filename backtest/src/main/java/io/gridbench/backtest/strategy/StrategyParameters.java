package io.gridbench.backtest.strategy;

/**
 * The parameters a strategy file gives a plug-in strategy ({@code type: class}): every key of the file except
 * {@code type}, {@code name} and {@code class}, after {@code --set} and {@code --vary} overrides. A plug-in reads
 * them in its constructor ({@code public MyStrategy(StrategyParameters p)}). Values given as text (as {@code --set}
 * gives them) are accepted where a number or boolean is expected.
 *
 * <p>Every key the constructor does not read is an error once it returns, as for the built-in types, so a typo in
 * a file never silently falls back to a default. A bad value is an error naming the file, the key and its line and
 * column. Read once, at construction: the view is not valid later.
 *
 * <pre>
 *   public DipBuyer(StrategyParameters p) {
 *       this.minBalance = p.whole("min_balance", 20);          // units
 *       this.offsetTicks = p.whole("offset_ticks", 3);         // ticks of 0.01 USD
 *       this.patienceMillis = p.durationMillis("patience", "2h");
 *   }
 * </pre>
 */
public interface StrategyParameters {

    /** True when the file (or an override) gives {@code key}. */
    boolean has(String key);

    /** A whole number, 0 or more. */
    long whole(String key, long defaultValue);

    /** A whole number that may be negative (an offset in ticks, say). */
    long signedWhole(String key, long defaultValue);

    /** A decimal number. */
    double number(String key, double defaultValue);

    boolean bool(String key, boolean defaultValue);

    /** A duration such as {@code 250ms}, {@code 30s}, {@code 5m}, {@code 4h}, {@code 1d}, in milliseconds. */
    long durationMillis(String key, String defaultValue);

    /** One of the {@code allowed} words. */
    String choice(String key, String defaultValue, String... allowed);

    /** A price in USD per unit ({@code 2.42}, whole cents), in ticks of 0.01 USD. */
    long priceTicks(String key, long defaultTicks);

    /**
     * A limit price, absolute ({@code 2.42}) or relative to the market ({@code vwap-1%}, {@code mid-0.02}); turn
     * it into ticks at the instant it is needed with a {@link LimitPricer}. Required.
     */
    LimitPrice limitPrice(String key);

    /**
     * An error about {@code key}'s value that only the strategy can see (two values that contradict each other,
     * say), naming the file, the key and where it is; throw it from the constructor.
     */
    RuntimeException error(String key, String detail);
}
