/**
 * Our own completion metrics: time to first token and full response (service time and from the intended start),
 * inter-chunk gaps, per-token latency, tokens per second and closed-model schedule lag in concurrent HdrHistogram
 * recorders, derived from each stream's {@link io.gridbench.simulations.streaming.StreamTimeline}, written as JSON
 * and an offline HTML page with percentile charts (uPlot and escaping from the exchange's {@code html} package)
 * into Gatling's run folder.
 */
package io.gridbench.simulations.streaming;
