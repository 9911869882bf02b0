/**
 * HTTP plumbing shared by the Trading API ({@code api}), the Consumption API ({@code inference}) and the server:
 * the {@code {"data": ...}} and {@code {"errors": {"detail", "field"}}} envelopes ({@code ApiResponses}), refusals
 * with their status and field ({@code ApiError}), the Consumption API's SDK-compatible error bodies
 * ({@code ConsumptionErrors}) and plain-words JSON syntax errors ({@code MalformedJson}). Depends only on the venue
 * below it (for {@code VenueException}), so the APIs above share it without depending on each other.
 */
package io.gridbench.exchange.http;
