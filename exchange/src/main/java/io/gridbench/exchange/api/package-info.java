/**
 * The Trading API of the simulated Grid over Vert.x: signature authentication, request parsing and the JSON wire
 * format. Handlers run on event loops and never block: they verify and parse, then hand the venue work to the
 * single venue core thread through {@link io.gridbench.exchange.api.VenueGateway} and answer when its future
 * completes, back on the request's context. The envelopes and error plumbing it shares with the Consumption API
 * live in {@code http}.
 *
 * <p>Envelopes: {@code {"data": ...}} (lists that page add {@code "pagination": {"next_cursor", "has_more"}});
 * errors {@code {"errors": {"detail": "...", "field": "..."}}} with 400 (malformed JSON, wrong JSON type),
 * 401 (authentication, field = the header), 402 (order rejected for funds), 404 (unknown order, market,
 * instrument or path), 405, 409 (cancel of a finished order), 413 (body too large), 422 (invalid value).
 */
package io.gridbench.exchange.api;
