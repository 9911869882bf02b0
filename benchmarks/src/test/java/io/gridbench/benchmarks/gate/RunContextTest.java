package io.gridbench.benchmarks.gate;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RunContextTest {

    private static RunContext run(String pattern, String cpu, String baselineCpu) {
        return new RunContext(Instant.EPOCH, "quick", pattern, "2 cores", cpu, baselineCpu);
    }

    @Test
    void warningOfARunWithAPatternSaysToReRecordThatPattern() {
        assertThat(run("Ed25519", "AMD EPYC", "Intel Xeon").cpuWarning().orElseThrow())
                .contains("Re-record the baseline on this machine: ./gridbench bench --update-baseline 'Ed25519' ");
    }

    @Test
    void warningOfARunOfEveryBenchmarkSaysToReRecordThoseThatMovedOrAll() {
        assertThat(run(GateOptions.ALL_BENCHMARKS, "AMD EPYC", "Intel Xeon").cpuWarning().orElseThrow())
                .contains("./gridbench bench --update-baseline 'PATTERN' for the benchmarks that moved, or without a "
                        + "pattern for all of them");
    }

    @Test
    void sameCpuGivesNeitherWarningNorNote() {
        RunContext same = run("x", "AMD EPYC", "AMD EPYC");
        assertThat(same.cpuWarning()).isEmpty();
        assertThat(same.cpuNote()).isEmpty();
    }

    @Test
    void unnamedBaselineCpuGivesANoteAndNoWarning() {
        RunContext unnamed = run("x", "AMD EPYC", "");
        assertThat(unnamed.cpuWarning()).isEmpty();
        assertThat(unnamed.cpuNote()).hasValueSatisfying(note -> assertThat(note).startsWith("note:")
                .contains("this run: AMD EPYC"));
    }
}
