/**
 * Matching rules of The Grid, on top of an {@link io.gridbench.exchange.book.OrderBook}: what an order does when it
 * arrives, what a trade is, and what happens when an account would trade with itself. It sits under the venue and
 * knows nothing of it (the venue makes its {@code OrderView}s from {@link io.gridbench.exchange.matching.Order}).
 *
 * <pre>
 *   incoming limit buy 10 @ 2.60                      asks (best first)         bids
 *                                                     2.50  [A:4]               2.40 [C:5]
 *   1. 2.50 &lt;= 2.60: fill 4 @ 2.50 with A             2.55  [B:3][D:8]
 *   2. 2.55 &lt;= 2.60: fill 3 @ 2.55 with B,            2.70  [E:2]
 *                    fill 3 @ 2.55 with D (D keeps 5)
 *   3. filled 10: done (a remainder would rest as the new best bid at 2.60)
 * </pre>
 *
 * <ul>
 *   <li><b>Price-time priority.</b> The best opposite price matches first; within a price the earliest order.</li>
 *   <li><b>Trade price.</b> Always the resting (maker) order's price: an aggressive limit buy at 2.60 that meets an
 *       ask at 2.50 pays 2.50.</li>
 *   <li><b>Limit (good till canceled).</b> Fills what it can at once; the remainder rests at the limit price until it
 *       fills or is canceled. Partial fills are normal and each is its own trade.</li>
 *   <li><b>Market.</b> Sweeps the opposite side best price first until filled or the side is empty; the remainder is
 *       canceled (status {@code canceled} with the filled quantity kept), never rests. A market buy also stops at
 *       the first unit its account's available cash cannot pay for.</li>
 *   <li><b>Self-trade prevention (cancel resting).</b> When an incoming order would match a resting order of the same
 *       account, the resting order is canceled (status {@code canceled}, its reservation released) and matching
 *       continues with the next resting order. No trade ever has the same buyer and seller.</li>
 *   <li><b>Trades.</b> Each match is a {@link io.gridbench.exchange.matching.Trade}: id {@code trade_...}, price,
 *       quantity, buy and sell order, buyer and seller account, aggressor side, timestamp.</li>
 * </ul>
 */
package io.gridbench.exchange.matching;
