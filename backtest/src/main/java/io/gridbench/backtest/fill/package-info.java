/**
 * How the simulated venue decides fills without an order book. The data has bars and, optionally, prints, but
 * no depth, so every rule errs against the strategy:
 *
 * <pre>
 *  print / bar ──&gt; FillModel: does it reach my limit?  (touch: at or below; trade-through: strictly below)
 *              ──&gt; queue ahead (QueueEstimate) eats the reachable volume first
 *              ──&gt; participation cap: all our orders together take at most N% of what is left, best
 *                   price first; fractions carry over
 *              ──&gt; price: the limit (we rested, so sellers below it traded with us first)
 *  market / marketable order ──&gt; the estimated ask, then up a book of --depth-units per tick, one fill per
 *                                level; our orders of one instant walk it together
 * </pre>
 *
 * Latency (an order trades only from {@code placed + latency}) and the re-price rule (a new price joins the back
 * of the queue) are applied by the replay's venue.
 */
package io.gridbench.backtest.fill;
