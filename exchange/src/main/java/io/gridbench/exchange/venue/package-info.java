/**
 * The venue: the whole simulated exchange behind one synchronous, single-threaded facade, {@link
 * io.gridbench.exchange.venue.Venue}, and the thread that owns it, {@link io.gridbench.exchange.venue.VenueCore}.
 *
 * <pre>
 *  HTTP event loops (Vert.x, 2)            market agents (timer)        simulations / demo
 *   parse JSON, verify Ed25519               every 100 ms                (in-process)
 *            \                                   |                          /
 *             \-------- core.submit(venue -> ...) : CompletableFuture -----/
 *                                    |
 *                          +---------v----------+   one thread at a time: the submitters by
 *                          |   SimulatedVenue   |   turns (CallerRunsVenueCore, the server),
 *                          |  accounts (risk)   |   a thread of its own (ThreadVenueCore) or
 *                          |  books + matching  |   the caller's (InlineVenueCore, for
 *                          |  tape, candles     |   simulated time)
 *                          +--------------------+
 * </pre>
 *
 * <p>Every read and write of books, accounts, orders and market data is a task on the core's queue, so no lock
 * guards the engine and every task sees a consistent state: an order placement reserves cash, matches and settles
 * in one step, and two inference requests of one account can never both spend the same tokens. Handlers never block
 * on a future; they continue on their own context when it completes. Rejections a client caused travel as
 * {@link io.gridbench.exchange.venue.VenueException} carrying the HTTP status and the field at fault.
 *
 * <p>Views ({@code OrderView}, {@code BalanceView}, ...) are immutable snapshots made on the core thread, safe to
 * hand to any thread. Prices are {@code long} ticks of 0.01 USD and balances {@code long} tokens throughout.
 */
package io.gridbench.exchange.venue;
