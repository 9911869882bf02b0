package io.gridbench.benchmarks.gate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.gridbench.benchmarks.gate.GateFixtures.LATENCY;
import static io.gridbench.benchmarks.gate.GateFixtures.MIXED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class JmhResultsTest {

    private final List<BenchmarkScore> scores = GateFixtures.run("jmh-pass.json");

    private BenchmarkScore score(BenchmarkId id) {
        return scores.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void readsEveryResultWithItsModeAndParams() {
        assertThat(scores).hasSize(4);
        assertThat(score(MIXED).id().params()).containsEntry("book", "array");
        assertThat(score(MIXED).unit()).isEqualTo("ops/us");
    }

    @Test
    void gateSpeedIsTheBestIterationNotTheMean() {
        BenchmarkScore mixed = score(MIXED);
        assertThat(mixed.score()).isEqualTo(6.0);
        assertThat(mixed.opsPerSecond()).isCloseTo(6.0e6, within(1.0));
        BenchmarkScore calibration = scores.get(0);
        assertThat(calibration.opsPerSecond()).isCloseTo(2.1e8, within(1.0));
    }

    @Test
    void readsAllocationPerOperationFromTheGcProfiler() {
        assertThat(score(MIXED).allocBytesPerOp()).isEqualTo(0.02);
    }

    @Test
    void sampleModeKeepsPercentilesAndUsesTheMeanTime() {
        BenchmarkScore latency = score(LATENCY);
        assertThat(latency.percentiles()).containsEntry(99.0, 900.0).containsEntry(50.0, 150.0);
        assertThat(latency.opsPerSecond()).isCloseTo(1e9 / 180.0, within(1.0));
        assertThat(score(MIXED).percentiles()).isEmpty();
    }

    @Test
    void malformedJsonNamesTheSourceAndLine() {
        assertThatThrownBy(() -> JmhResults.parse("[\n{\"benchmark\": }", "bad.json"))
                .isInstanceOf(GateException.class)
                .hasMessageContaining("bad.json")
                .hasMessageContaining("line 2");
    }

    @Test
    void missingFieldIsNamed() {
        assertThatThrownBy(() -> JmhResults.parse("[{\"benchmark\":\"x.Y.z\",\"mode\":\"thrpt\"}]", "r.json"))
                .isInstanceOf(GateException.class)
                .hasMessageContaining("r.json[0]")
                .hasMessageContaining("'primaryMetric'");
    }

    @Test
    void unknownScoreUnitIsNamed() {
        String json = "[{\"benchmark\":\"x.Y.z\",\"mode\":\"thrpt\",\"primaryMetric\":"
                + "{\"score\":1.0,\"scoreUnit\":\"widgets\"}}]";
        assertThatThrownBy(() -> JmhResults.parse(json, "r.json"))
                .hasMessageContaining("scoreUnit")
                .hasMessageContaining("'widgets'");
    }

    @Test
    void objectInsteadOfArrayIsRejected() {
        assertThatThrownBy(() -> JmhResults.parse("{}", "r.json")).hasMessageContaining("JSON array");
    }

    @Test
    void readsTheProfilersPerIterationRatiosForkByFork() {
        BenchmarkScore mixed = GateFixtures.run("jmh-ratios.json").stream()
                .filter(s -> s.id().equals(MIXED)).findFirst().orElseThrow();
        assertThat(mixed.ratioSamples()).containsExactly(List.of(0.0301, 0.0299, 0.0305), List.of(0.0298, 0.0302));
        assertThat(mixed.pooledRatioSamples()).hasSize(5);
    }

    @Test
    void resultWithoutTheProfilerHasNoRatioSamples() {
        assertThat(score(MIXED).ratioSamples()).isEmpty();
    }

    @Test
    void keepsEverySecondaryMetricAndThePrimaryScoreIterationByIteration() {
        BenchmarkScore mixed = GateFixtures.run("jmh-side-by-side.json").stream()
                .filter(s -> s.id().benchmark().endsWith("SignedRequestBenchmark.mixed")).findFirst().orElseThrow();
        assertThat(mixed.iterations("cpu.serverNsPerOp")).containsExactly(List.of(180000.0, 185000.0, 175000.0));
        assertThat(mixed.iterations(BenchmarkScore.PRIMARY)).containsExactly(List.of(2600.0, 2700.0, 2800.0));
        assertThat(mixed.iterations("cpu.opsPerCpuSecond")).isEmpty();
    }

    @Test
    void sampleModeHasNoPrimaryIterations() {
        assertThat(score(LATENCY).iterations(BenchmarkScore.PRIMARY)).isEmpty();
    }
}
