/**
 * What the user consumes: continuous demand as a cumulative token curve (constant, daily profile, recorded
 * usage) plus batch jobs, drawn from a {@link io.gridbench.backtest.demand.ConsumptionAccount} that counts
 * stock-out time, unmet tokens and job waits instead of hiding them.
 */
package io.gridbench.backtest.demand;
