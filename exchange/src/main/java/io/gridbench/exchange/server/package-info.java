/**
 * The simulated exchange as a process: accounts and their credentials, and
 * {@link io.gridbench.exchange.server.ExchangeServer}, which wires the venue core, the Trading API and any mounted
 * features (the Consumption API, agents: see {@code grid}) onto one Vert.x router. It reads its settings from
 * {@code config} and answers errors through {@code http}; nothing below it depends on it.
 *
 * <pre>
 *   ExchangeConfig ──► venue factory ──► VenueCore (1 thread: books, accounts, market data)
 *                                           ▲ submit(task) / future
 *   HTTP ─► event loops ─► Router ─► /health
 *                                  ├► TradingApi  (/api/v1/trading, /v1/trading)
 *                                  └► mount hooks (Consumption API, ...)
 *   Vert.x timer ─► periodic tasks (agents) ─► VenueCore
 * </pre>
 */
package io.gridbench.exchange.server;
