/**
 * Running a strategy for real: the same {@link io.gridbench.backtest.strategy.Strategy} code the replay runs, behind
 * a {@link io.gridbench.backtest.strategy.StrategyContext} fed by the signed Trading API.
 *
 * <pre>
 *   LiveRun (StrategyContext, loop on the calling thread, wall clock)
 *     |-- LiveMarket   MarketState: 24 h of bars at the start, then each closed bar; prints; ticker bid/ask
 *     |-- LiveAccount  AccountState: GET consumption-accounts; consumption and stock-outs measured between polls
 *     |-- LiveOrders   OrderGateway: signed orders with client_order_id, RunCaps before each, fills by polling
 *     '-- RetryingApi  every call: 429/5xx/timeouts retried with backoff, 4xx counted; requests journaled
 *   Journal            journal.jsonl, one line per decision, request, response, fill, balance
 * </pre>
 *
 * <p>An order never goes out twice: each carries a {@code client_order_id}, and before a retry the run looks the
 * order up by it ({@link io.gridbench.backtest.live.RetryingApi#postOnce}). Caps are checked before every order and
 * a refusal ends the run. Paper runs keep their orders inside the run and fill them against live prints.
 */
package io.gridbench.backtest.live;
