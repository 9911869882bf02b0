package io.gridbench.benchmarks.gate;

import java.time.Instant;
import java.util.Optional;

/**
 * Where and how a gate run happened, for the summary's header.
 *
 * @param mode        {@code quick} or {@code full}
 * @param pattern     the JMH include pattern
 * @param machine     cores, CPU, JVM and OS, as {@link #describeMachine(String)} writes them
 * @param cpu         this run's CPU, as {@link CpuModel#current()} names it
 * @param baselineCpu the CPU the baseline was recorded on; empty when the baseline does not say
 */
public record RunContext(Instant startedAt, String mode, String pattern, String machine, String cpu,
                         String baselineCpu) {

    /** A run on this machine against a baseline recorded on {@code baselineCpu}. */
    public static RunContext here(Instant startedAt, String mode, String pattern, String baselineCpu) {
        String cpu = CpuModel.current();
        return new RunContext(startedAt, mode, pattern, describeMachine(cpu), cpu, baselineCpu);
    }

    /** This run set against a baseline recorded on {@code recordedCpu}. */
    public RunContext against(String recordedCpu) {
        return new RunContext(startedAt, mode, pattern, machine, cpu, recordedCpu);
    }

    /**
     * {@code 2 cores, AMD EPYC (family 26, model 2, stepping 1), OpenJDK 64-Bit Server VM 17.0.15, Linux 6.1 amd64}.
     */
    public static String describeMachine(String cpu) {
        return Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", " + System.getProperty("java.vm.name")
                + " " + System.getProperty("java.vm.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + " " + System.getProperty("os.arch");
    }

    /** True when the baseline names its CPU and this run is on another. */
    public boolean onAnotherCpu() {
        return !baselineCpu.isEmpty() && !baselineCpu.equals(cpu);
    }

    /** What to say when the baseline comes from another CPU: both CPUs, why it matters, what to do. */
    public Optional<String> cpuWarning() {
        if (!onAnotherCpu()) {
            return Optional.empty();
        }
        String rerecord = pattern.equals(GateOptions.ALL_BENCHMARKS)
                ? "./gridbench bench --update-baseline 'PATTERN' for the benchmarks that moved, or without a pattern "
                + "for all of them"
                : "./gridbench bench --update-baseline '" + pattern + "'";
        return Optional.of("WARNING: the baseline was recorded on another CPU: " + baselineCpu + "; this run is on "
                + cpu + ". The calibration loop divides out a faster or slower machine, not another "
                + "micro-architecture, so benchmarks may stand above or below their baseline with no change in the "
                + "code (Ed25519 signing measured 67-70 % after one such move). Re-record the baseline on this "
                + "machine: " + rerecord + " (benchmarks/README.md, \"The baseline's CPU\"), then review and "
                + "commit benchmarks/baseline.json. This warning does not fail the gate.");
    }

    /** What to say, once and softly, when the baseline does not record its CPU. */
    public Optional<String> cpuNote() {
        return baselineCpu.isEmpty()
                ? Optional.of("note: the baseline does not say which CPU it was recorded on (this run: " + cpu
                + "); --update-baseline records it.")
                : Optional.empty();
    }
}
