package io.gridbench.exchange.http;

import io.gridbench.exchange.venue.VenueException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Writes Consumption API errors. The body carries the Grid's own shape and, beside it, the shapes the official SDKs
 * parse, so {@code OpenAIServiceException} and {@code AnthropicServiceException} both expose the message:
 *
 * <pre>
 * {"errors": {"detail": "temperature must be between 0 and 2, was 3.5", "field": "temperature"},
 *  "type": "error",
 *  "error": {"type": "invalid_request_error", "message": "temperature must ...", "param": "temperature",
 *            "code": "invalid_value"}}
 * </pre>
 *
 * {@code errors} is the Grid contract; {@code error} is OpenAI's {@code ErrorObject} and, with the top-level
 * {@code type}, Anthropic's error envelope.
 */
public final class ConsumptionErrors {

    private ConsumptionErrors() {
    }

    /** Answers with the status of a {@link VenueException} (possibly wrapped), or 500 for anything else. */
    public static void write(RoutingContext ctx, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof VenueException e) {
            write(ctx, e.status(), e.field(), e.getMessage());
        } else {
            write(ctx, 500, null, "internal error: " + cause.getClass().getSimpleName());
        }
    }

    public static void write(RoutingContext ctx, int status, String field, String detail) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        JsonObject errors = new JsonObject().put("detail", detail);
        if (field != null) {
            errors.put("field", field);
        }
        JsonObject error = new JsonObject()
                .put("type", type(status))
                .put("message", detail)
                .put("param", field)
                .put("code", code(status));
        ctx.response()
                .setStatusCode(status)
                .putHeader("content-type", "application/json")
                .end(new JsonObject().put("errors", errors).put("type", "error").put("error", error).toBuffer());
    }

    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String type(int status) {
        return switch (status) {
            case 400, 422 -> "invalid_request_error";
            case 401 -> "authentication_error";
            case 402 -> "billing_error";
            case 403 -> "permission_error";
            case 404 -> "not_found_error";
            case 413 -> "request_too_large";
            case 429 -> "rate_limit_error";
            default -> "api_error";
        };
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "invalid_request";
            case 401 -> "invalid_api_key";
            case 402 -> "insufficient_balance";
            case 404 -> "model_not_found";
            case 422 -> "invalid_value";
            case 429 -> "rate_limit_exceeded";
            default -> "server_error";
        };
    }
}
