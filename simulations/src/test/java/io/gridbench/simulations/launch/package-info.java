/** Runs a simulation programmatically with Gatling's engine: the entry point of {@code ./gridbench load}'s child JVM. */
package io.gridbench.simulations.launch;
