package io.gridbench.exchange.api;

import io.gridbench.exchange.http.ApiError;
import io.gridbench.exchange.http.ApiResponses;
import io.gridbench.exchange.venue.Venue;
import io.gridbench.exchange.venue.VenueCore;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The event loop's only way into the venue: hands a task to the {@link VenueCore} thread and finishes the response
 * back on the request's Vert.x context when the task's future completes, so no event loop ever waits on the book.
 */
public final class VenueGateway {
    private final VenueCore core;

    public VenueGateway(VenueCore core) {
        this.core = core;
    }

    /**
     * Runs {@code task} on the core; {@code onSuccess} runs on the caller's context; any failure (an
     * {@link ApiError} or venue refusal included) becomes an error response.
     */
    public <T> void call(RoutingContext ctx, Function<Venue, T> task, Consumer<T> onSuccess) {
        Context context = ctx.vertx().getOrCreateContext();
        Future.fromCompletionStage(core.submit(task), context).onComplete(result -> {
            if (result.failed()) {
                ApiResponses.failure(ctx, result.cause());
                return;
            }
            try {
                onSuccess.accept(result.result());
            } catch (RuntimeException e) {
                ApiResponses.failure(ctx, e);
            }
        });
    }
}
