package io.gridbench.exchange.api;

import io.gridbench.exchange.http.ApiError;
import io.gridbench.exchange.http.ApiResponses;
import io.gridbench.exchange.venue.VenueCore;
import io.vertx.core.Handler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import java.time.Clock;
import java.util.List;

/**
 * The simulated Grid's Trading API, mounted on a Vert.x {@link Router} under both {@code /api/v1/trading} (the
 * reference clients' path) and {@code /v1/trading}. Every route is signed (see {@link SignatureAuthHandler}).
 *
 * <pre>
 *   POST   orders                          place (201, or 402 when rejected for funds)
 *   GET    orders                          list: market_id, side, status, order_by, order_direction, cursor, limit
 *   GET    orders/{order_id}               one order
 *   DELETE orders/{order_id}               cancel the resting remainder
 *   GET    consumption-accounts            balances in units (query ignored)
 *   GET    markets | instruments | instruments/{instrument_id}
 *   GET    markets/{market_id}/ticker | depth | trades | candles
 * </pre>
 *
 * Request flow: body (size-capped, 413 beyond) → signature check on the event loop → parse → venue task on the
 * core thread → response written back on the event loop.
 */
public final class TradingApi {
    /** The path prefixes the API answers under. */
    public static final List<String> PREFIXES = List.of("/api/v1/trading", "/v1/trading");

    private final VenueGateway venue;
    private final KeyDirectory keys;
    private final Clock clock;
    private final long maxBodyBytes;
    private final long maxSkewSeconds;

    /**
     * @param maxBodyBytes   bodies larger than this are refused with 413 before being read
     * @param maxSkewSeconds signed timestamps further than this from {@code clock} are refused with 401
     */
    public TradingApi(VenueCore core, KeyDirectory keys, Clock clock, long maxBodyBytes, long maxSkewSeconds) {
        this.venue = new VenueGateway(core);
        this.keys = keys;
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
        this.maxSkewSeconds = maxSkewSeconds;
    }

    /** Adds every Trading API route to {@code router}. */
    public void mount(Router router) {
        BodyHandler body = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        SignatureAuthHandler auth = new SignatureAuthHandler(keys, clock, maxSkewSeconds);
        OrderRoutes orders = new OrderRoutes(venue, clock);
        MarketDataRoutes marketData = new MarketDataRoutes(venue, clock);
        AccountRoutes accounts = new AccountRoutes(venue);
        for (String prefix : PREFIXES) {
            router.route(prefix + "/*").handler(body).handler(auth).failureHandler(this::failed);
            router.post(prefix + "/orders").handler(guarded(orders::place));
            router.get(prefix + "/orders").handler(guarded(orders::list));
            router.get(prefix + "/orders/:order_id").handler(guarded(orders::get));
            router.delete(prefix + "/orders/:order_id").handler(guarded(orders::cancel));
            router.get(prefix + "/consumption-accounts").handler(guarded(accounts::consumptionAccounts));
            router.get(prefix + "/markets").handler(guarded(marketData::markets));
            router.get(prefix + "/instruments").handler(guarded(marketData::instruments));
            router.get(prefix + "/instruments/:instrument_id").handler(guarded(marketData::instrument));
            router.get(prefix + "/markets/:market_id/ticker").handler(guarded(marketData::ticker));
            router.get(prefix + "/markets/:market_id/depth").handler(guarded(marketData::depth));
            router.get(prefix + "/markets/:market_id/trades").handler(guarded(marketData::trades));
            router.get(prefix + "/markets/:market_id/candles").handler(guarded(marketData::candles));
        }
    }

    /** Turns an {@link ApiError} thrown while parsing into its response instead of a Vert.x 500. */
    private static Handler<RoutingContext> guarded(Handler<RoutingContext> handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (ApiError e) {
                ApiResponses.failure(ctx, e);
            }
        };
    }

    private void failed(RoutingContext ctx) {
        if (ctx.statusCode() == 413) {
            ApiResponses.error(ctx, 413, "body", "request body is larger than " + maxBodyBytes + " bytes", null);
        } else if (ctx.failure() != null) {
            ApiResponses.failure(ctx, ctx.failure());
        } else {
            ApiResponses.error(ctx, ctx.statusCode(), "request", "request failed with status " + ctx.statusCode(), null);
        }
    }
}
