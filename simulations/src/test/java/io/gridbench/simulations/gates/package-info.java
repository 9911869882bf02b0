/** The CI gates of a run (response-time percentiles, time to first token, error percentage) as Gatling assertions. */
package io.gridbench.simulations.gates;
