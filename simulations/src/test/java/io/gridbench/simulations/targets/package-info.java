/**
 * What a simulation drives: the in-process simulated exchange (default) or a live deployment from environment
 * variables, and the feeder that hands each virtual user a trader's credentials from the accounts CSV.
 */
package io.gridbench.simulations.targets;
