package io.gridbench.exchange.api;

import io.gridbench.exchange.http.ApiError;
import io.gridbench.exchange.http.ApiResponses;
import io.gridbench.exchange.marketdata.CandleInterval;
import io.vertx.ext.web.RoutingContext;

import java.time.Clock;

/**
 * Handlers of reference and market data: {@code markets}, {@code instruments} and, per market, {@code ticker},
 * {@code depth} (every level of both sides), {@code trades} (newest first, paged) and {@code candles}.
 */
final class MarketDataRoutes {
    private static final int MAX_TRADES = 100;
    private static final int DEFAULT_TRADES = 50;
    private static final int MAX_CANDLES = 1000;
    private static final int DEFAULT_CANDLES = 100;

    private final VenueGateway venue;
    private final Clock clock;

    MarketDataRoutes(VenueGateway venue, Clock clock) {
        this.venue = venue;
        this.clock = clock;
    }

    void markets(RoutingContext ctx) {
        venue.call(ctx, v -> v.markets(), m -> ApiResponses.data(ctx, 200, WireFormat.markets(m)));
    }

    void instruments(RoutingContext ctx) {
        venue.call(ctx, v -> v.instruments(), i -> ApiResponses.data(ctx, 200, WireFormat.instruments(i)));
    }

    /** {@code instruments/{instrument_id}}: by id or by name ({@code chat-fast}). */
    void instrument(RoutingContext ctx) {
        String id = PathIds.of(ctx, "instrument_id");
        venue.call(ctx, v -> v.instrument(id), i -> ApiResponses.data(ctx, 200, WireFormat.instrument(i)));
    }

    void ticker(RoutingContext ctx) {
        String marketId = PathIds.of(ctx, "market_id");
        venue.call(ctx, v -> v.ticker(marketId), t -> ApiResponses.data(ctx, 200, WireFormat.ticker(t)));
    }

    void depth(RoutingContext ctx) {
        String marketId = PathIds.of(ctx, "market_id");
        venue.call(ctx, v -> v.depth(marketId), d -> ApiResponses.data(ctx, 200, WireFormat.depth(d)));
    }

    /** {@code cursor} from the previous page's {@code pagination.next_cursor}; {@code limit} 1..100 (default 50). */
    void trades(RoutingContext ctx) {
        QueryParameters q = new QueryParameters(ctx);
        String marketId = PathIds.of(ctx, "market_id");
        String cursor = q.text("cursor");
        int limit = q.limit(DEFAULT_TRADES, MAX_TRADES);
        venue.call(ctx, v -> v.trades(marketId, cursor, limit),
                page -> ApiResponses.page(ctx, WireFormat.trades(page.items()), page.nextCursor()));
    }

    /**
     * {@code interval} 1m|5m|1h|4h|1d (default 1m); {@code start}, {@code end} as ISO-8601 or unix seconds, bars
     * whose open time is in [start, end); {@code end} defaults to now, {@code start} to {@code limit} bars before
     * {@code end}; {@code limit} 1..1000 (default 100). Oldest first; intervals without trades have no bar.
     */
    void candles(RoutingContext ctx) {
        QueryParameters q = new QueryParameters(ctx);
        String marketId = PathIds.of(ctx, "market_id");
        CandleInterval interval = q.oneOf("interval", CandleInterval::fromWire, "1m, 5m, 1h, 4h, 1d");
        CandleInterval bars = interval == null ? CandleInterval.ONE_MINUTE : interval;
        int limit = q.limit(DEFAULT_CANDLES, MAX_CANDLES);
        long end = q.time("end", clock.millis());
        long start = q.time("start", end - bars.millis() * limit);
        if (start >= end) {
            throw ApiError.invalid("start", "start must be before end");
        }
        venue.call(ctx, v -> v.candles(marketId, bars, start, end, limit),
                c -> ApiResponses.data(ctx, 200, WireFormat.candles(c)));
    }
}
