package io.gridbench.exchange.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridbench.exchange.venue.VenueException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

import java.util.concurrent.CompletionException;

/**
 * Writes the API's two envelopes: {@code {"data": ...}} for success and {@code {"errors": {"detail", "field"}}} for
 * failure. Called on the request's event loop.
 */
public final class ApiResponses {
    /** The one mapper the Trading API reads and writes its JSON with (thread-safe once configured). */
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTENT_TYPE = "application/json";

    private ApiResponses() {
    }

    /** Sends {@code {"data": data}}. */
    public static void data(RoutingContext ctx, int status, JsonNode data) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.set("data", data);
        send(ctx, status, envelope);
    }

    /** Sends {@code {"data": [...], "pagination": {"next_cursor": ..., "has_more": ...}}}. */
    public static void page(RoutingContext ctx, JsonNode items, String nextCursor) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.set("data", items);
        ObjectNode pagination = envelope.putObject("pagination");
        pagination.put("next_cursor", nextCursor);
        pagination.put("has_more", nextCursor != null);
        send(ctx, 200, envelope);
    }

    /** Sends {@code {"errors": {"detail": ..., "field": ...}}} plus any extra members of {@code extra}. */
    public static void error(RoutingContext ctx, int status, String field, String detail, ObjectNode extra) {
        send(ctx.response(), status, errorEnvelope(field, detail, extra));
    }

    /** As above, for a request that never reached a router (Vert.x refused it while decoding). */
    public static void error(HttpServerResponse response, int status, String field, String detail) {
        send(response, status, errorEnvelope(field, detail, null));
    }

    private static ObjectNode errorEnvelope(String field, String detail, ObjectNode extra) {
        ObjectNode envelope = JSON.createObjectNode();
        ObjectNode errors = envelope.putObject("errors");
        errors.put("detail", detail);
        errors.put("field", field);
        if (extra != null) {
            errors.setAll(extra);
        }
        return envelope;
    }

    /** Answers a failed request: API and venue refusals keep their status and field, anything else is a 500. */
    public static void failure(RoutingContext ctx, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ApiError e) {
            error(ctx, e.status(), e.field(), e.detail(), null);
        } else if (cause instanceof VenueException e) {
            error(ctx, e.status(), e.field() == null ? "request" : e.field(), e.getMessage(), null);
        } else {
            error(ctx, 500, "request", "internal error: " + cause.getClass().getSimpleName(), null);
        }
    }

    private static void send(RoutingContext ctx, int status, ObjectNode envelope) {
        send(ctx.response(), status, envelope);
    }

    private static void send(HttpServerResponse response, int status, ObjectNode envelope) {
        if (response.ended() || response.closed()) {
            return;
        }
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
        response.setStatusCode(status).putHeader("content-type", CONTENT_TYPE).end(Buffer.buffer(bytes));
    }
}
