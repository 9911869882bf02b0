package io.gridbench.backtest.strategy;

/**
 * A way of buying tokens, written once and run unchanged by the replay and for real ({@code backtest.live}). Every
 * callback runs on the replay (or live run's) thread with the clock already set to the event's instant; the context
 * shows only what was known then: a bar from its close, a print from its timestamp. A strategy acts only through
 * {@link StrategyContext#orders()}.
 *
 * <p>All callbacks default to doing nothing, so a strategy implements only what it reacts to. Keep per-event work
 * small: {@link #onTrade} runs for every print.
 *
 * <p>Prices are {@code long} ticks of 0.01 USD ({@code io.gridbench.exchange.market.Prices}), quantities whole
 * units of 1,000,000 tokens ({@code io.gridbench.exchange.market.TokenUnits} converts), times epoch milliseconds of
 * the simulated clock. Besides the built-in types, a strategy file may name any class implementing this interface
 * ({@code type: class}, see {@link StrategyParameters}); {@code examples/custom-strategy/} builds one as a jar.
 */
public interface Strategy {

    /** Before the first event; the market has shown nothing yet. */
    default void onStart(StrategyContext ctx) {
    }

    /**
     * A bar has just closed; it is bar {@code ctx.market().barCount() - 1}, e.g. its close is
     * {@code ctx.market().barClose(ctx.market().barCount() - 1)}.
     */
    default void onBar(StrategyContext ctx) {
    }

    /** A trade print happened now (only when prints are replayed). */
    default void onTrade(StrategyContext ctx, long priceTicks, long quantity, boolean buyAggressor) {
    }

    /** One of our orders filled {@code quantity} at {@code priceTicks}; the balance already includes it. */
    default void onFill(StrategyContext ctx, long orderId, long priceTicks, long quantity) {
    }

    /** A timer set with {@link StrategyContext#every} or {@link StrategyContext#at} fired. */
    default void onTimer(StrategyContext ctx) {
    }

    /** Continuous demand has just run the balance dry. */
    default void onStockOut(StrategyContext ctx) {
    }

    /** A batch job needing {@code tokens} arrived; it waits until the balance covers it. */
    default void onJob(StrategyContext ctx, long tokens) {
    }
}
