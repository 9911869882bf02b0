package io.gridbench.benchmarks.gate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.gridbench.benchmarks.gate.GateFixtures.MIXED;
import static io.gridbench.benchmarks.gate.GateFixtures.SIGN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BaselineTest {

    private final Baseline baseline = GateFixtures.baseline();

    @Test
    void readsReferenceThresholdsTargetsAndAllocationBudgets() {
        assertThat(baseline.reference()).endsWith("CalibrationBenchmark.reference");
        assertThat(baseline.entries()).hasSize(3);
        BaselineEntry mixed = baseline.entry(MIXED).orElseThrow();
        assertThat(mixed.relative()).isEqualTo(0.03);
        assertThat(mixed.target()).isEqualTo(5.0e6);
        assertThat(mixed.maxAllocBytesPerOp()).isEqualTo(1.0);
    }

    @Test
    void entryWithoutMinRatioUsesTheDefault() {
        assertThat(baseline.minRatio(baseline.entry(MIXED).orElseThrow())).isEqualTo(0.5);
        assertThat(baseline.minRatio(baseline.entry(SIGN).orElseThrow())).isEqualTo(0.4);
    }

    @Test
    void writtenBaselineReadsBackEqual(@TempDir Path dir) {
        Path file = dir.resolve("baseline.json");
        baseline.write(file);
        assertThat(Baseline.read(file)).isEqualTo(baseline);
    }

    @Test
    void updateRerecordsRatiosAndKeepsThresholds() {
        List<BenchmarkScore> run = GateFixtures.run("jmh-slow-machine.json");
        Baseline updated = baseline.updatedWith(run, "test machine");
        BaselineEntry mixed = updated.entry(MIXED).orElseThrow();
        assertThat(mixed.opsPerSecond()).isCloseTo(3.0e6, within(1.0));
        assertThat(mixed.relative()).isCloseTo(3.0e6 / 1.05e8, within(1e-9));
        assertThat(mixed.target()).isEqualTo(5.0e6);
        assertThat(mixed.maxAllocBytesPerOp()).isEqualTo(1.0);
        assertThat(updated.entry(SIGN).orElseThrow().minRatio()).isEqualTo(0.4);
        assertThat(updated.recordedOn()).isEqualTo("test machine");
    }

    @Test
    void updateAddsNewBenchmarksAndKeepsUnmeasuredOnes() {
        Baseline partial = new Baseline(baseline.reference(), 0.5, "", List.of(baseline.entry(SIGN).orElseThrow()));
        Baseline updated = partial.updatedWith(GateFixtures.run("jmh-without-sign.json"), "m");
        assertThat(updated.entries()).extracting(BaselineEntry::id).contains(MIXED, SIGN);
        assertThat(updated.entry(SIGN)).isEqualTo(partial.entry(SIGN));
        assertThat(updated.entries()).noneMatch(e -> e.id().benchmark().equals(baseline.reference()));
    }

    @Test
    void updateWithoutCalibrationFails() {
        assertThatThrownBy(() -> baseline.updatedWith(GateFixtures.run("jmh-without-calibration.json"), "m"))
                .isInstanceOf(GateException.class)
                .hasMessageContaining("CalibrationBenchmark.reference");
    }

    @Test
    void missingReferenceIsNamed() {
        assertThatThrownBy(() -> Baseline.parse("{\"defaultMinRatio\":0.5,\"benchmarks\":[]}", "b.json"))
                .hasMessageContaining("b.json")
                .hasMessageContaining("'reference'");
    }

    @Test
    void thresholdOutsideZeroToOneIsRejected() {
        assertThatThrownBy(() -> Baseline.parse("{\"reference\":\"r\",\"defaultMinRatio\":1.5,\"benchmarks\":[]}",
                "b.json")).hasMessageContaining("defaultMinRatio");
        String entry = "{\"reference\":\"r\",\"defaultMinRatio\":0.5,\"benchmarks\":[{\"benchmark\":\"a.B.c\","
                + "\"mode\":\"thrpt\",\"relative\":0.1,\"minRatio\":0}]}";
        assertThatThrownBy(() -> Baseline.parse(entry, "b.json"))
                .hasMessageContaining("benchmarks[0]")
                .hasMessageContaining("minRatio");
    }

    @Test
    void entryWithoutRelativeIsNamed() {
        String json = "{\"reference\":\"r\",\"defaultMinRatio\":0.5,\"benchmarks\":[{\"benchmark\":\"a.B.c\","
                + "\"mode\":\"thrpt\",\"params\":{\"n\":\"1\"}}]}";
        assertThatThrownBy(() -> Baseline.parse(json, "b.json"))
                .hasMessageContaining("benchmarks[0]")
                .hasMessageContaining("a.B.c [thrpt] n=1")
                .hasMessageContaining("'relative'");
    }

    @Test
    void paramsAreOrderInsensitive() {
        assertThat(BenchmarkId.of("a", "thrpt", Map.of("x", "1", "y", "2")))
                .isEqualTo(BenchmarkId.of("a", "thrpt", Map.of("y", "2", "x", "1")));
    }
}
