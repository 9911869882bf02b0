package io.gridbench.exchange.inference;

import io.gridbench.exchange.http.ConsumptionErrors;
import io.vertx.ext.web.RoutingContext;

import java.util.Optional;

/**
 * The gate every Consumption API call passes before its body is read: authenticates the consumption key
 * (401), applies the per-key rate limit (429 with {@code Retry-After} in whole seconds) and, when the supplier
 * redirect is on, sends inference calls to the supplier path with a ticket (307). Thread-safe.
 */
public final class Admission {
    /** Prefix of the supplier paths that redirected calls are re-sent to. */
    public static final String SUPPLIER_PREFIX = "/supplier";

    private final ConsumptionKeys keys;
    private final RateLimiter limiter;
    private final SupplierTickets tickets;
    private final boolean redirect;

    public Admission(ConsumptionKeys keys, RateLimiter limiter, SupplierTickets tickets, boolean redirect) {
        this.keys = keys;
        this.limiter = limiter;
        this.tickets = tickets;
        this.redirect = redirect;
    }

    /** A caller that passed the gate. */
    public record Caller(String apiKey, String accountId) {
    }

    /** Authenticates and rate-limits; on refusal the error is written and the result is empty. */
    public Optional<Caller> admit(RoutingContext ctx) {
        String apiKey = apiKey(ctx);
        if (apiKey == null) {
            ConsumptionErrors.write(ctx, 401, "authorization",
                    "missing API key: send 'Authorization: Bearer <consumption key>' or 'x-api-key'");
            return Optional.empty();
        }
        Optional<String> account = keys.accountFor(apiKey);
        if (account.isEmpty()) {
            ConsumptionErrors.write(ctx, 401, "authorization", "invalid API key");
            return Optional.empty();
        }
        Caller caller = new Caller(apiKey, account.get());
        if (ctx.request().path().startsWith(SUPPLIER_PREFIX)) {
            return supplierTicketValid(ctx, caller) ? Optional.of(caller) : Optional.empty();
        }
        long waitNanos = limiter.acquire(apiKey);
        if (waitNanos > 0) {
            long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
            ctx.response().putHeader("retry-after", Long.toString(seconds));
            ConsumptionErrors.write(ctx, 429, null, "rate limit exceeded for this API key; retry after " + seconds + " s");
            return Optional.empty();
        }
        return Optional.of(caller);
    }

    /**
     * Redirects an admitted inference call to the supplier when the redirect is on.
     *
     * @return true when a 307 was written and the caller must stop
     */
    public boolean redirected(RoutingContext ctx, Caller caller, String supplierPath) {
        if (!redirect || ctx.request().path().startsWith(SUPPLIER_PREFIX)) {
            return false;
        }
        String ticket = tickets.issue(caller.apiKey(), supplierPath);
        ctx.response()
                .setStatusCode(307)
                .putHeader("location", supplierPath + "?ticket=" + ticket)
                .end();
        return true;
    }

    private boolean supplierTicketValid(RoutingContext ctx, Caller caller) {
        if (tickets.valid(ctx.request().getParam("ticket"), caller.apiKey(), ctx.request().path())) {
            return true;
        }
        ConsumptionErrors.write(ctx, 401, "ticket",
                "supplier ticket missing, expired or issued for another key; send the request to the API again");
        return false;
    }

    private static String apiKey(RoutingContext ctx) {
        String header = ctx.request().getHeader("x-api-key");
        if (header != null && !header.isBlank()) {
            return header.trim();
        }
        String authorization = ctx.request().getHeader("authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = authorization.substring(7).trim();
            return token.isEmpty() ? null : token;
        }
        return null;
    }
}
