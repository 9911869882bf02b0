/**
 * Built-in market participants that make a living market on every instrument of the simulated Grid.
 *
 * <pre>
 *   reference price (OU in log price, daily cycle, jumps)
 *        |                                   |
 *        v                                   v
 *   supplier: ask ladder  ref*(1+h) + i*step      background traders: Poisson arrivals,
 *   bidder:   bid ladder  ref*(1-h) - i*step      intensity by time of day; market,
 *        ^  replenished / re-centred every            marketable-limit and passive-limit
 *        |  requote interval                          orders, log-normal sizes
 *        +--------------- trades print here <--------+
 * </pre>
 *
 * <p>{@link io.gridbench.exchange.agents.MarketAgents} is a discrete-event simulation: every event (arrival, jump,
 * re-quote, cancellation of a stale passive order) has its own timestamp and each instrument has its own random
 * streams split from one seed, so one seed gives one order flow whether onTick runs every 100 ms in real time or
 * once per event in simulated time. Arrival times, order attributes, the reference path and jumps each have their
 * own stream and no draw depends on the book, so adding a participant (a strategy under test) changes the market
 * only through its orders and the agents' response to them, never through the randomness. Agents call the {@link io.gridbench.exchange.venue.Venue} directly and so run
 * on the venue's core thread only. Agent accounts are funded far beyond months of flow, so none of their orders is
 * rejected for funds.
 */
package io.gridbench.exchange.agents;
