/**
 * The simulated Consumption API: OpenAI Chat Completions and Anthropic Messages answered by a deterministic
 * generator, paced like the real instruments and metered against the venue's consumption balances. It depends on
 * the venue, {@code config} and {@code http}, never on the server or the Trading API: {@code grid} mounts it.
 *
 * <pre>
 *   event loop (any of N)                                   venue core thread (one)
 *   ----------------------------------------------          ------------------------------------------
 *   Admission: key -&gt; account, rate limit, 307
 *   *Parser:   body -&gt; InferenceRequest (400/422)
 *   InferenceService ---- Metering.hold ------------------&gt; instrument(model) 404, holdTokens(prompt +
 *                                                           max_tokens, autoBuyUnits): Auto Mode market buy,
 *        &lt;----------------- Hold (or 402) -----------------  402 when short; nothing debited
 *   TextGenerator + PacingPlan (pure, seeded by request)
 *   InferenceRun: one Vert.x timer at a time per call
 *     ... chunk, chunk, chunk ...
 *     end or client hang-up ---- Metering.settle ---------&gt; settleTokens(prompt + completion sent),
 *                                                           UsageLedger.record (core-owned)
 *     final bytes after the settle completes
 * </pre>
 *
 * <p>Nothing waits on a thread: latency is a {@code vertx.setTimer} per chunk, so a few event loops hold thousands
 * of concurrent streams. Holding before generating is what makes overdraft impossible: the core checks and reserves
 * atomically, however many requests race. The {@code fast} setting drops all artificial delay so a load test measures
 * the server, not the simulated model.
 *
 * <p>Status codes: 400 malformed body (not JSON, missing required field, wrong JSON type), 401 missing/unknown key
 * or bad supplier ticket, 402 balance cannot be held, 404 unknown model, 422 value out of range (temperature,
 * max_tokens, empty messages, role), 429 rate limited (with {@code Retry-After}). Bodies: see {@link
 * io.gridbench.exchange.http.ConsumptionErrors}.
 */
package io.gridbench.exchange.inference;
