package io.gridbench.exchange.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * A router handler, first on every route, that bounds how long a client may take to send its body: if the request
 * has not fully arrived {@code millis} after its headers, it is answered with 408 (field {@code body}, the Grid's
 * error shape) and the connection is closed, so a client trickling a body a byte at a time cannot hold a connection
 * and its buffers open. One Vert.x timer per request that still has a body coming; none for bodiless requests.
 */
public final class BodyDeadline implements Handler<RoutingContext> {
    private final long millis;

    public BodyDeadline(long millis) {
        this.millis = millis;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (!ctx.request().isEnded() && hasBody(ctx)) {
            long timer = ctx.vertx().setTimer(millis, id -> {
                if (!ctx.request().isEnded() && !ctx.response().ended()) {
                    ApiResponses.error(ctx.response(), 408, "body", "the request body did not arrive within "
                            + millis / 1000 + " s of its headers");
                    ctx.request().connection().close();
                }
            });
            ctx.request().end().onComplete(done -> ctx.vertx().cancelTimer(timer));
        }
        ctx.next();
    }

    private static boolean hasBody(RoutingContext ctx) {
        String length = ctx.request().getHeader("content-length");
        return length != null ? !length.equals("0") : ctx.request().getHeader("transfer-encoding") != null;
    }
}
