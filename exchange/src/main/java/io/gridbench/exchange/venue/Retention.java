package io.gridbench.exchange.venue;

/**
 * How much history a {@link SimulatedVenue} keeps, so that a long soak runs in flat memory. Open orders are never
 * dropped; beyond {@code maxOrders} stored orders the oldest finished ones (filled, canceled, rejected) are, and
 * are then unknown to {@code GET orders/{id}}, to listing and to client order id retries. Each market keeps its newest
 * {@code maxTradesPerMarket} prints, and 1m and 5m candles up to {@code fineCandleMaxAgeMillis} old; 1h, 4h and 1d
 * candles are kept whole.
 *
 * @param maxOrders              orders stored before the oldest finished ones are dropped, at least 1
 * @param maxTradesPerMarket     trade prints kept per market, at least 1
 * @param fineCandleMaxAgeMillis age of the oldest 1m and 5m bar kept, at least 5 minutes
 */
public record Retention(int maxOrders, int maxTradesPerMarket, long fineCandleMaxAgeMillis) {
    /** Keeps everything: replays and data generation, which read the whole history back. */
    public static final Retention EVERYTHING = new Retention(Integer.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE);

    public Retention {
        if (maxOrders < 1 || maxTradesPerMarket < 1 || fineCandleMaxAgeMillis < 300_000L) {
            throw new IllegalArgumentException("retention limits must be positive (fine candles at least 5 minutes): "
                    + maxOrders + ", " + maxTradesPerMarket + ", " + fineCandleMaxAgeMillis);
        }
    }
}
