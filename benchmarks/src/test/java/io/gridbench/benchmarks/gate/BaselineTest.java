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
        Baseline updated = baseline.updatedWith(run, "test machine", "test CPU");
        BaselineEntry mixed = updated.entry(MIXED).orElseThrow();
        assertThat(mixed.opsPerSecond()).isCloseTo(3.0e6, within(1.0));
        assertThat(mixed.relative()).isCloseTo(3.0e6 / 1.05e8, within(1e-9));
        assertThat(mixed.target()).isEqualTo(5.0e6);
        assertThat(mixed.maxAllocBytesPerOp()).isEqualTo(1.0);
        assertThat(updated.entry(SIGN).orElseThrow().minRatio()).isEqualTo(0.4);
        assertThat(updated.recordedOn()).isEqualTo("test machine");
    }

    @Test
    void updateRecordsTheCpuOfTheRun() {
        Baseline updated = baseline.updatedWith(GateFixtures.run("jmh-pass.json"), "m", "AMD EPYC (family 26)");
        assertThat(updated.recordedCpu()).isEqualTo("AMD EPYC (family 26)");
    }

    @Test
    void baselineWithoutARecordedCpuLoadsWithAnEmptyOne() {
        assertThat(GateFixtures.text("baseline.json")).doesNotContain("recordedCpu");
        assertThat(baseline.recordedCpu()).isEmpty();
        assertThat(baseline.entries()).hasSize(3);
    }

    @Test
    void recordedCpuReadsBackAsWritten(@TempDir Path dir) {
        Baseline withCpu = new Baseline(baseline.reference(), 0.5, "m", "AMD EPYC (family 26)", baseline.entries(),
                List.of());
        Path file = dir.resolve("baseline.json");
        withCpu.write(file);
        assertThat(Baseline.read(file)).isEqualTo(withCpu);
    }

    @Test
    void baselineWithoutARecordedCpuIsWrittenWithoutTheField(@TempDir Path dir) {
        Path file = dir.resolve("baseline.json");
        baseline.write(file);
        assertThat(file).content().doesNotContain("recordedCpu");
    }

    @Test
    void entriesARunDidNotMeasureAreListed() {
        assertThat(baseline.notMeasuredIn(GateFixtures.run("jmh-without-sign.json")))
                .extracting(BaselineEntry::id).containsExactly(SIGN);
    }

    @Test
    void updateAddsNewBenchmarksAndKeepsUnmeasuredOnes() {
        Baseline partial = new Baseline(baseline.reference(), 0.5, "", List.of(baseline.entry(SIGN).orElseThrow()));
        Baseline updated = partial.updatedWith(GateFixtures.run("jmh-without-sign.json"), "m", "c");
        assertThat(updated.entries()).extracting(BaselineEntry::id).contains(MIXED, SIGN);
        assertThat(updated.entry(SIGN)).isEqualTo(partial.entry(SIGN));
        assertThat(updated.entries()).noneMatch(e -> e.id().benchmark().equals(baseline.reference()));
    }

    @Test
    void updateWithoutCalibrationFails() {
        assertThatThrownBy(() -> baseline.updatedWith(GateFixtures.run("jmh-without-calibration.json"), "m", "c"))
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
        BaselineEntry entry = baseline.updatedWith(List.of(calibration, mixed), "test", "c").entry(MIXED).orElseThrow();
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

    @Test
    void readsRatioEntriesWithTheirSidesMetricsScalesAndProfilers() {
        Baseline ratios = GateFixtures.baseline("baseline-ratios.json");
        assertThat(ratios.ratios()).extracting(RatioEntry::name).containsExactly("engine", "server", "sweep");
        RatioEntry sweep = ratios.ratios().get(2);
        assertThat(sweep.numerator().id()).isEqualTo(BenchmarkId.of(GateFixtures.P + "replay.SweepBenchmark.run",
                "thrpt", Map.of("threads", "2")));
        assertThat(sweep.numerator().scale()).isEqualTo(38_880.0);
        assertThat(sweep.denominator().scale()).isEqualTo(1.0);
        assertThat(sweep.numerator().profiler()).isEqualTo("io.gridbench.benchmarks.cpu.ProcessCpuProfiler");
        assertThat(List.of(sweep.recorded(), sweep.floor(), sweep.goal())).containsExactly(0.81, 0.65, 0.8);
    }

    @Test
    void ratioEntriesReadBackAsWritten(@TempDir Path dir) {
        Baseline ratios = GateFixtures.baseline("baseline-ratios.json");
        Path file = dir.resolve("baseline.json");
        ratios.write(file);
        assertThat(Baseline.read(file)).isEqualTo(ratios);
    }

    @Test
    void updateRerecordsTheRatiosWhoseSidesBothRanAndKeepsTheOthers() {
        Baseline ratios = GateFixtures.baseline("baseline-ratios.json");
        Baseline updated = ratios.updatedWith(GateFixtures.run("jmh-side-by-side.json"), "m", "c");
        RatioEntry server = updated.ratios().get(1);
        assertThat(server.recorded()).isCloseTo(1.0 / 3, within(0.01));
        // one fork each: no spread measured, so the single-fork share of the recorded ratio
        assertThat(server.floor()).isCloseTo(server.recorded() * Baseline.SINGLE_FORK_THRESHOLD, within(1e-3));
        assertThat(server.goal()).isEqualTo(0.8);
        assertThat(updated.ratios().get(2)).isEqualTo(ratios.ratios().get(2));
    }

    private static final String RATIO = """
            {"reference": "r", "defaultMinRatio": 0.5, "benchmarks": [], "ratios": [
              {"name": "engine", "goal": 1.5,
               "numerator": {"benchmark": "a.B.fast", "metric": "gate.cpuRatio"},
               "denominator": {"benchmark": "a.B.slow", "metric": "gate.cpuRatio"}}]}""";

    @Test
    void ratioEntryWithTheModeLeftOutIsAThroughputAndNeedNotBeRecordedYet() {
        RatioEntry engine = Baseline.parse(RATIO, "b.json").ratios().get(0);
        assertThat(engine.denominator().id()).isEqualTo(BenchmarkId.of("a.B.slow", "thrpt", Map.of()));
        assertThat(engine.recorded()).isNaN();
        assertThat(engine.floor()).isNaN();
    }

    private static void assertRefused(String json, String... named) {
        assertThatThrownBy(() -> Baseline.parse(json, "b.json"))
                .isInstanceOf(GateException.class)
                .hasMessageContaining("b.json: ratios[0] (engine)")
                .satisfies(e -> assertThat(e.getMessage()).contains(named));
    }

    @Test
    void ratioWithoutANumeratorIsRefusedNamingTheField() {
        assertRefused(RATIO.replace("\"numerator\"", "\"top\""), "missing object 'numerator'");
    }

    @Test
    void ratioSideWithoutAMetricIsRefusedNamingTheSideAndField() {
        assertRefused(RATIO.replace(", \"metric\": \"gate.cpuRatio\"}}]}", "}}]}"),
                "ratios[0] (engine).denominator: missing or non-text field 'metric'");
    }

    @Test
    void ratioWithoutAGoalIsRefused() {
        assertRefused(RATIO.replace("\"goal\": 1.5,", ""), "missing field 'goal'");
    }

    @Test
    void ratioWithANegativeFloorOrScaleIsRefused() {
        assertRefused(RATIO.replace("\"goal\": 1.5,", "\"goal\": 1.5, \"floor\": -1,"),
                "field 'floor' must be a positive number");
        assertRefused(RATIO.replace("\"a.B.fast\",", "\"a.B.fast\", \"scale\": 0,"),
                "ratios[0] (engine).numerator: field 'scale' must be a positive number");
    }

    @Test
    void ratioSideNamingAProfilerThatIsNotOneIsRefused() {
        assertRefused(RATIO.replace("\"a.B.fast\",", "\"a.B.fast\", \"profiler\": \"java.lang.String\","),
                "numerator: field 'profiler': java.lang.String is not a JMH profiler");
        assertRefused(RATIO.replace("\"a.B.fast\",", "\"a.B.fast\", \"profiler\": \"no.Such\","),
                "field 'profiler': no class no.Such");
    }

    @Test
    void twoRatiosOfOneNameAreRefused() {
        String entry = RATIO.substring(RATIO.indexOf("{\"name\""), RATIO.lastIndexOf("]"));
        String twice = RATIO.replace(entry, entry + ", " + entry);
        assertThatThrownBy(() -> Baseline.parse(twice, "b.json"))
                .hasMessageContaining("b.json: ratios[1]: 'name' engine is used twice");
    }
}
