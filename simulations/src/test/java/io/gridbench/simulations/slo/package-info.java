/**
 * Service-level objectives and goodput. An {@link io.gridbench.simulations.slo.Slo} is what a capacity planner
 * promises ({@code ttft_p95=800ms,p99=1s,errors=0.5%}); {@link io.gridbench.simulations.slo.RequestOutcomes} records
 * every request of a run against it, and {@link io.gridbench.simulations.slo.GoodputSummary} says what the run
 * delivered: throughput, goodput (requests per second that met every objective that applies to them, as vLLM's
 * benchmark defines it), the measured percentiles and which objectives held.
 *
 * <pre>
 *  simulation chain --attempt()--> RequestOutcomes --succeeded(start, end, ttft)--> HdrHistograms, counters
 *  after():  snapshot() -> GoodputSummary -> GoodputReport: goodput.json, goodput.html, one console line
 * </pre>
 */
package io.gridbench.simulations.slo;
