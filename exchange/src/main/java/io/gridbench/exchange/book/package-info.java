/**
 * Central limit order books over primitive prices, quantities and ids: the data structure the matching engine
 * walks.
 *
 * <p>{@link io.gridbench.exchange.book.OrderBook} is the one interface. {@link io.gridbench.exchange.book.TreeMapOrderBook}
 * is the reference: obviously correct, allocating. {@link io.gridbench.exchange.book.ArrayOrderBook} is what the venue
 * runs; it is cross-checked against the reference by one shared test suite and a property over random operation
 * sequences (same trades, same depth), and {@code validateInternalState()} checks its invariants.
 *
 * <h2>Layout of the fast book</h2>
 * <pre>
 *  price tick:   ...  248    249    250    251    252   ...        occupied bitset (1 bit per tick)
 *                      |             |                             finds the next best level with
 *  bid ladder:  head --+             +-- head                      numberOfLeadingZeros on 64-tick words
 *                      v             v
 *                    [#17]         [#3] &lt;-&gt; [#9] &lt;-&gt; [#12]       FIFO per level: oldest at head,
 *                    qty 5         qty 2     qty 4     qty 1        new orders appended at tail
 *                                  level total 7 (kept per tick)
 *
 *  ask ladder:  the same arrays for the other side, best = lowest occupied tick
 *
 *  nodes:  [#n] = slot n of parallel arrays orderId[] owner[] price[] remaining[] next[] prev[] buy[];
 *          freed slots form a free list and are reused, so resting an order allocates nothing
 *  index:  open-addressing long -&gt; int map, order id -&gt; slot, for O(1) cancel
 * </pre>
 *
 * <h2>Matching</h2>
 * An incoming buy walks the ask ladder from its best tick while the tick is at or below its limit (any tick for a
 * market order): at each level it takes resting orders from the head, fills {@code min(incoming, resting)} at the
 * resting price and reports each fill to a {@link io.gridbench.exchange.book.MatchListener} with primitive
 * arguments. A resting order of the incoming order's own owner is canceled instead (self-trade prevention, reported
 * through {@code onSelfTradeCancel}). A limit order's remainder is appended at its own tick; a market order's
 * remainder is dropped. A market buy may carry a notional limit (its buyer's cash): it stops at the first unit it
 * cannot afford.
 *
 * <p>Prices are bounded by {@link io.gridbench.exchange.book.OrderBook#MAX_PRICE_TICKS} so that the direct-indexed
 * ladder stays small (16 bytes per tick per side, grown lazily to the highest price seen).
 */
package io.gridbench.exchange.book;
