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

    @Test
    void thresholdLiesAMarginBelowTheSlowestFork() {
        List<Double> fork = List.of(1.0, 1.0, 1.0, 1.0);
        List<Double> slowFork = List.of(0.95, 0.95, 0.95, 0.95);
        assertThat(Baseline.thresholdFor(List.of(fork, fork, slowFork))).isCloseTo(0.85, within(1e-9));
    }

    @Test
    void thresholdStaysWithinItsBounds() {
        List<Double> fork = List.of(1.0, 1.0, 1.0);
        assertThat(Baseline.thresholdFor(List.of(fork, fork, fork))).isEqualTo(Baseline.MAX_THRESHOLD);
        assertThat(Baseline.thresholdFor(List.of(fork, fork, List.of(0.3, 0.3, 0.3))))
                .isEqualTo(Baseline.MIN_THRESHOLD);
    }

    @Test
    void oneForkGivesNoSpreadSoTheThresholdIsTheSingleForkOne() {
        assertThat(Baseline.thresholdFor(List.of(List.of(1.0, 1.1, 0.9), List.of())))
                .isEqualTo(Baseline.SINGLE_FORK_THRESHOLD);
    }

    @Test
    void recordingKeepsEveryForksSamplesAndDerivesTheThreshold() {
        BenchmarkScore calibration = BenchmarkScore.of(BenchmarkId.of(baseline.reference(), "thrpt", Map.of()),
                2e8, "ops/s");
        BenchmarkScore mixed = BenchmarkScore.of(MIXED, 6e6, "ops/s")
                .withRatioSamples(List.of(List.of(0.030, 0.031), List.of(0.029, 0.030), List.of(0.030, 0.030)));
        BaselineEntry entry = baseline.updatedWith(List.of(calibration, mixed), "test").entry(MIXED).orElseThrow();
        assertThat(entry.samples()).containsExactly(0.030, 0.031, 0.029, 0.030, 0.030, 0.030);
        // slowest fork's median 0.0295 over the pooled median 0.030, less the margin
        assertThat(entry.threshold()).isCloseTo(0.0295 / 0.030 - Baseline.THRESHOLD_MARGIN, within(1e-3));
        assertThat(entry.maxAllocBytesPerOp()).isEqualTo(1.0);
        assertThat(entry.rankTested()).isTrue();
    }

    @Test
    void samplesAndThresholdReadBackAsWritten(@TempDir Path dir) {
        BaselineEntry entry = new BaselineEntry(MIXED, 6e6, 0.03, Double.NaN, Double.NaN, 1.0,
                List.of(0.0301, 0.0299), 0.87);
        Baseline withSamples = new Baseline(baseline.reference(), 0.5, "test", List.of(entry));
        Path file = dir.resolve("baseline.json");
        withSamples.write(file);
        assertThat(Baseline.read(file)).isEqualTo(withSamples);
    }

    @Test
    void samplesWithoutThresholdAreRefusedNamingTheEntry() {
        String json = """
                {"reference": "r", "defaultMinRatio": 0.5, "benchmarks": [
                  {"benchmark": "b", "mode": "thrpt", "relative": 0.1, "samples": [0.1, 0.11]}]}""";
        assertThatThrownBy(() -> Baseline.parse(json, "baseline.json"))
                .isInstanceOf(GateException.class)
                .hasMessageContaining("baseline.json: benchmarks[0] (b [thrpt]): 'threshold' must be in (0, 1]");
    }

    @Test
    void entryWithItsOwnMinRatioIsJudgedOnItsBestIteration() {
        BaselineEntry fixed = new BaselineEntry(MIXED, 6e6, 0.03, 0.3, Double.NaN, Double.NaN, List.of(0.03), 0.87);
        assertThat(fixed.rankTested()).isFalse();
    }
}
