package io.gridbench.exchange.http;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers requests broken below the APIs in the Grid's JSON error shape, {@code {"errors": {"detail", "field"}}},
 * where Vert.x would send a bare status or a 500:
 * <ul>
 *   <li>{@link #invalidRequest}: what the HTTP decoder refuses (a request line over the limit: 414, field
 *       {@code url}; headers over the limit: 431, field {@code headers}; anything else, such as a NUL in a header:
 *       400, field {@code request}); the connection is closed after the answer, as Vert.x does;</li>
 *   <li>{@link #checkQuery}: a query whose percent-encoding does not decode ({@code ?cursor=%}, {@code ?%=1}):
 *       400, field {@code query}, before any handler reads a parameter;</li>
 *   <li>{@link #badPath} and {@link #unexpected}: what the router itself fails (a bad escape in a path
 *       parameter: 400, field {@code path}; an exception no route answered: 500).</li>
 * </ul>
 * Stateless apart from the limits it names; thread-safe.
 */
public final class MalformedRequests {
    private final int maxRequestLineBytes;
    private final int maxHeaderBytes;

    /** @param maxRequestLineBytes and {@code maxHeaderBytes} are the server's limits, quoted in the errors */
    public MalformedRequests(int maxRequestLineBytes, int maxHeaderBytes) {
        this.maxRequestLineBytes = maxRequestLineBytes;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    /** For {@code HttpServer.invalidRequestHandler}. */
    public void invalidRequest(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        if (cause instanceof TooLongHttpLineException) {
            ApiResponses.error(request.response(), 414, "url",
                    "request line (method, path and query) is longer than " + maxRequestLineBytes + " bytes");
        } else if (cause instanceof TooLongHttpHeaderException) {
            ApiResponses.error(request.response(), 431, "headers", "headers are larger than " + maxHeaderBytes + " bytes");
        } else {
            ApiResponses.error(request.response(), 400, "request",
                    "malformed HTTP request (a control character in a header, or a broken request line)");
        }
        request.connection().close();
    }

    /** A router handler, first on every route: decodes the query once and refuses it when it does not decode. */
    public static void checkQuery(RoutingContext ctx) {
        if (ctx.request().query() != null) {
            try {
                ctx.request().params();
            } catch (IllegalArgumentException e) {
                ApiResponses.error(ctx, 400, "query", "the query string is not valid percent-encoding", null);
                return;
            }
        }
        ctx.next();
    }

    /**
     * For {@code Router.errorHandler(400)}: the router refused the request itself, which happens for a path
     * parameter whose percent-encoding does not decode.
     */
    public static void badPath(RoutingContext ctx) {
        ApiResponses.error(ctx, 400, "path", "the path is not valid percent-encoding", null);
    }

    /** For {@code Router.errorHandler(500)}: a failure no route's own failure handler answered. */
    public static void unexpected(RoutingContext ctx) {
        ApiResponses.failure(ctx, ctx.failure() == null ? new IllegalStateException("unexpected failure") : ctx.failure());
    }
}
