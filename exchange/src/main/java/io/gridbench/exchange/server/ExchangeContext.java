package io.gridbench.exchange.server;

import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.venue.VenueCore;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

/**
 * What a feature mounted on the exchange gets before the server listens (see {@link ExchangeServer.Builder#mount}):
 * the router to add routes to, the Vert.x instance, the venue core, the accounts and the config.
 */
public record ExchangeContext(Vertx vertx, Router router, VenueCore core, AccountDirectory accounts,
                              AccountProvisioner provisioner, ExchangeConfig config) {
}
