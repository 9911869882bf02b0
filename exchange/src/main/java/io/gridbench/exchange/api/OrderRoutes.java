package io.gridbench.exchange.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridbench.exchange.http.ApiResponses;
import io.gridbench.exchange.market.OrderStatus;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.venue.OrderQuery;
import io.gridbench.exchange.venue.PlaceOrder;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

import java.time.Clock;

/**
 * Handlers of {@code /orders}: place, look up, cancel and list the caller's orders. Each parses on the event loop and
 * hands the venue work to the core through {@link VenueGateway}.
 *
 * <p>A placed order answers 201 with the order, whatever it filled. An order the venue rejects for want of cash or
 * units answers <b>402</b> (as the live API does) with {@code errors.order_id} and {@code errors.status = "rejected"};
 * the rejected order stays visible through {@code GET orders/{order_id}}. Clients that call {@code raise_for_status}
 * therefore fail loudly on insufficient funds instead of polling an order that will never fill.
 */
final class OrderRoutes {
    private static final int MAX_PAGE = 100;
    private static final int DEFAULT_PAGE = 50;

    private final VenueGateway venue;
    private final Clock clock;

    OrderRoutes(VenueGateway venue, Clock clock) {
        this.venue = venue;
        this.clock = clock;
    }

    void place(RoutingContext ctx) {
        Buffer body = ctx.body().buffer();
        PlaceOrder order = OrderRequestParser.parse(body == null ? null : body.getBytes(), account(ctx), clock.millis());
        venue.call(ctx, v -> v.placeOrder(order), placed -> {
            if (placed.status() == OrderStatus.REJECTED) {
                ObjectNode extra = ApiResponses.JSON.createObjectNode();
                extra.put("order_id", placed.orderId());
                extra.put("status", placed.status().wire());
                ApiResponses.error(ctx, 402, "quantity", placed.rejectReason(), extra);
            } else {
                ApiResponses.data(ctx, 201, WireFormat.order(placed));
            }
        });
    }

    void get(RoutingContext ctx) {
        String orderId = PathIds.of(ctx, "order_id");
        String accountId = account(ctx);
        venue.call(ctx, v -> v.order(accountId, orderId), o -> ApiResponses.data(ctx, 200, WireFormat.order(o)));
    }

    void cancel(RoutingContext ctx) {
        String orderId = PathIds.of(ctx, "order_id");
        String accountId = account(ctx);
        venue.call(ctx, v -> v.cancelOrder(accountId, orderId), o -> ApiResponses.data(ctx, 200, WireFormat.order(o)));
    }

    /**
     * Filters {@code market_id}, {@code side}, {@code status}; {@code order_by} created_at|updated_at (default
     * created_at), {@code order_direction} asc|desc (default desc); {@code cursor} from the previous page's
     * {@code pagination.next_cursor}; {@code limit} 1..100 (default 50).
     */
    void list(RoutingContext ctx) {
        QueryParameters q = new QueryParameters(ctx);
        String orderBy = q.oneOf("order_by", s -> s.equals("created_at") || s.equals("updated_at") ? s : null,
                "created_at, updated_at");
        Boolean descending = q.oneOf("order_direction",
                s -> s.equalsIgnoreCase("desc") ? Boolean.TRUE : s.equalsIgnoreCase("asc") ? Boolean.FALSE : null, "asc, desc");
        OrderQuery query = new OrderQuery(q.text("market_id"), q.oneOf("side", Side::fromWire, "buy, sell"),
                q.oneOf("status", OrderStatus::fromWire, "open, partially_filled, filled, canceled, rejected"),
                orderBy == null ? "created_at" : orderBy, descending == null || descending,
                q.text("cursor"), q.limit(DEFAULT_PAGE, MAX_PAGE));
        String accountId = account(ctx);
        venue.call(ctx, v -> v.orders(accountId, query),
                page -> ApiResponses.page(ctx, WireFormat.orders(page.items()), page.nextCursor()));
    }

    private static String account(RoutingContext ctx) {
        return ctx.get(SignatureAuthHandler.ACCOUNT_ID);
    }
}
