/**
 * The {@code ./gridbench} command line (picocli): one command class per job, each a thin shell that validates
 * options, names the file, line and column of bad input, and calls into the exchange, backtest and simulations
 * modules; client workflows (the demo's metered batch: {@code exchange.client.MeteredBatch}) live there, not here.
 * Exit codes: 0 success, 1 a run failed, 2 bad input or a missed gate.
 */
package io.gridbench.cli;
