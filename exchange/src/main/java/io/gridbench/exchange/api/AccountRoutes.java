package io.gridbench.exchange.api;

import io.gridbench.exchange.http.ApiResponses;
import io.vertx.ext.web.RoutingContext;

/**
 * Handler of {@code consumption-accounts}: the caller's per-instrument balances in units. Query parameters such as
 * the {@code ?order_by=created_at} the reference clients send are accepted and ignored; the list is in instrument
 * order, which is creation order.
 */
final class AccountRoutes {
    private final VenueGateway venue;

    AccountRoutes(VenueGateway venue) {
        this.venue = venue;
    }

    void consumptionAccounts(RoutingContext ctx) {
        String accountId = ctx.get(SignatureAuthHandler.ACCOUNT_ID);
        venue.call(ctx, v -> v.consumptionAccounts(accountId),
                balances -> ApiResponses.data(ctx, 200, WireFormat.consumptionAccounts(balances)));
    }
}
