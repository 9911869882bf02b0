/**
 * Our own completion metrics: time to first token, inter-token latency, full response and tokens per second in
 * concurrent HdrHistogram recorders, written as JSON and a small HTML page into Gatling's run folder.
 */
package io.gridbench.simulations.streaming;
