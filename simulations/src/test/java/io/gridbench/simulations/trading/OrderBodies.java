package io.gridbench.simulations.trading;

import io.gatling.javaapi.core.Session;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import static io.gridbench.simulations.targets.TraderFeeder.MARKET_ID;

/**
 * JSON bodies of {@code POST /api/v1/trading/orders}, shaped as the Grid's reference clients send them
 * ({@code market_id, side, type, quantity, price, time_in_force, client_order_id}). Stateless.
 */
public final class OrderBodies {
    private static final BigDecimal TICK = new BigDecimal("0.01");

    private OrderBodies() {
    }

    /** A GTC limit order at the price the session holds under {@code priceKey}. */
    public static Function<Session, String> limit(String side, long quantity, String priceKey, String clientPrefix) {
        return session -> "{\"market_id\":\"" + session.getString(MARKET_ID) + "\",\"side\":\"" + side
                + "\",\"type\":\"limit\",\"quantity\":" + quantity + ",\"price\":\"" + session.getString(priceKey)
                + "\",\"time_in_force\":\"gtc\",\"client_order_id\":\"" + clientOrderId(clientPrefix) + "\"}";
    }

    /** A market order of a side chosen by {@code side}; market orders carry no price. */
    public static Function<Session, String> market(Function<Session, String> side, long quantity,
                                                   String clientPrefix) {
        return session -> "{\"market_id\":\"" + session.getString(MARKET_ID) + "\",\"side\":\"" + side.apply(session)
                + "\",\"type\":\"market\",\"quantity\":" + quantity + ",\"time_in_force\":\"gtc\",\"client_order_id\":\""
                + clientOrderId(clientPrefix) + "\"}";
    }

    /** Buy or sell with equal odds, so many traders keep the book roughly balanced. */
    public static Function<Session, String> eitherSide() {
        return session -> ThreadLocalRandom.current().nextBoolean() ? "buy" : "sell";
    }

    /**
     * A price {@code ticksBelow} ticks under {@code reference} (decimal text), never below one tick; the fallback
     * when the book has no reference yet.
     */
    public static String below(String reference, int ticksBelow, String fallback) {
        BigDecimal base = reference == null ? new BigDecimal(fallback) : new BigDecimal(reference);
        BigDecimal price = base.subtract(TICK.multiply(BigDecimal.valueOf(ticksBelow)));
        return price.max(TICK).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String clientOrderId(String prefix) {
        // Unique per order: the venue treats a repeated client_order_id as an idempotent retry of the first order.
        return prefix + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
    }
}
