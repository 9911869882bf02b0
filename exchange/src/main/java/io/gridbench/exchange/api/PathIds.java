package io.gridbench.exchange.api;

import io.gridbench.exchange.http.ApiError;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads an id from the path ({@code order_id}, {@code market_id}, {@code instrument_id}). No id this API issues is
 * longer than {@value #MAX_LENGTH} characters, so a longer one is a 404 that gives its length instead of echoing it.
 */
final class PathIds {
    static final int MAX_LENGTH = 128;

    private PathIds() {
    }

    static String of(RoutingContext ctx, String name) {
        String id = ctx.pathParam(name);
        if (id != null && id.length() > MAX_LENGTH) {
            throw new ApiError(404, name, "no such " + name + ": it is " + id.length() + " characters long, at most "
                    + MAX_LENGTH + " exist");
        }
        return id;
    }
}
