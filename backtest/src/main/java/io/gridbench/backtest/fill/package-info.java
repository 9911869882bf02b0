/**
 * How the simulated venue decides fills without an order book. The data has bars and, optionally, prints, but
 * no depth; the rules follow the matching engine's price-time priority and, where the data says nothing, err
 * against the strategy:
 *
 * <pre>
 *  print / bar below the limit ──&gt; fills us first, at the limit, up to its quantity (price priority: no queue,
 *                                  no participation cap); the queue at the limit is gone
 *  print / bar at the limit    ──&gt; eats the queue ahead (QueueEstimate) first
 *                              ──&gt; FillModel.fillsAtLimit(): touch yes, trade-through no
 *                              ──&gt; participation cap: all our orders together take at most N% of what is
 *                                   left, best price first; fractions carry over
 *  market / marketable order   ──&gt; the estimated ask, then up a book of --depth-units per tick, one fill per
 *                                  level; our orders of one instant walk it together
 * </pre>
 *
 * Latency (an order trades only from {@code placed + latency}) and the re-price rule (a new price joins the back
 * of the queue) are applied by the replay's venue.
 */
package io.gridbench.backtest.fill;
