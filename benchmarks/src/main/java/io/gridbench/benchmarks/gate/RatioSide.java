package io.gridbench.benchmarks.gate;

import java.math.BigDecimal;
import java.util.List;

/**
 * One side of a {@link RatioEntry}: which result of a run, which of its per-iteration figures, and a scale that
 * puts both sides in the same units.
 *
 * @param id       the benchmark, mode and {@code @Param} values
 * @param metric   {@link BenchmarkScore#PRIMARY} for the score itself (in its unit, per wall-clock second), or the
 *                 name of a secondary metric: {@code gate.cpuRatio} (speed per CPU second over the calibration's,
 *                 always measured by the gate), {@code cpu.opsPerCpuSecond} ({@code cpu.ProcessCpuProfiler}),
 *                 {@code cpu.serverNsPerOp} or {@code cpu.workerNsPerOp} ({@code cpu.ThreadCpuProfiler}), or any
 *                 other a profiler or {@code @AuxCounters} reports
 * @param scale    what each iteration's value is multiplied by (events per sweep variant, say); 1 for none
 * @param profiler the JMH profiler class that reports {@code metric}, which the gate adds to its run when this side
 *                 is selected; null when the gate measures the metric anyway (the primary score, the gate's own
 *                 profilers) or the benchmark reports it itself
 */
public record RatioSide(BenchmarkId id, String metric, double scale, String profiler) {

    /** Each iteration's value times {@link #scale}, per fork; empty when the score lacks the metric. */
    public List<List<Double>> values(BenchmarkScore score) {
        return score.iterations(metric).stream()
                .map(fork -> fork.stream().map(v -> v * scale).toList())
                .toList();
    }

    /** {@code replay.SweepBenchmark.run [thrpt] threads=2: cpu.opsPerCpuSecond x 38880}. */
    public String display() {
        return id.display() + ": " + metric
                + (scale == 1 ? "" : " x " + BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString());
    }
}
