/**
 * Gatling load tests of the simulated (or a live) Grid, one {@link io.gatling.javaapi.core.Simulation} per user
 * population, each laid out as Gatling's demo: feeder, chains named for intent, protocol, scenarios, then
 * {@code setUp} with the injection profile and the CI gates.
 *
 * <pre>
 *  OrdersSimulation       traders: ticker, rest a limit buy, poll, list, cancel, market order, poll (signed)
 *  CompletionsSimulation  whole completions + streamed ones (307 -> SSE: first token, [DONE], usage)
 *  BatchSimulation        seed 000: estimate, limit buy, wait for fill  ==andThen==>  N workers drain a prompt queue
 *  ReplenishSimulation    seed 001: first top-up  ==andThen==>  draining completions || replenisher loop
 *
 *  before(): Target.start()  (simulated: in-process exchange + accounts CSV; live: environment)
 *            TraderFeeder.prepare()  (CSV -> sessions with base URLs and market id)
 *  after():  streaming-metrics.json/.html and goodput.json/.html beside Gatling's index.html; Target.close()
 * </pre>
 *
 * Load shape and arrival shapes ({@code load}: Poisson, gamma bursts, trace replay), gates ({@code gates}), targets
 * ({@code targets}), our own HdrHistogram metrics ({@code streaming}) and goodput against an SLO ({@code slo}) are
 * read from {@code -Dgridbench.*} properties; see simulations/README.md. {@code capacity} searches for the highest
 * rate that meets an SLO, running these simulations as its steps.
 */
package io.gridbench.simulations;
