/**
 * Capacity planning: the highest request rate at which a simulation meets an SLO. A search of Gatling runs, each a
 * step at one open-model rate, judged by the step's goodput report:
 *
 * <pre>
 *  rate: from, 2x, 4x, ... (doubling until a step fails or --to-rate)     CapacitySearch (plain Java, synthetic tests)
 *        then bisection between last pass and first fail (to 10 %)
 *  step: set -Dgridbench.* (rate per population, duration, warmup, maxSeconds, slo)    CapacityRun
 *        CpuSampler.start() -> GatlingRun.run(simulation) -> CpuUse      (generator vs exchange threads, machine load)
 *        goodput.json -> StepResult: SLO terms held? Saturation? (throughput vs arrivals, latency growth)
 *  end:  CapacityResult: answer, knee, generator bound -> CapacityReport: index.html + capacity.json
 * </pre>
 */
package io.gridbench.simulations.capacity;
