package io.gridbench.benchmarks.gate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RatioEntryTest {

    private static final BenchmarkId TOP = BenchmarkId.of("a.Top.run", "thrpt", Map.of("threads", "2"));
    private static final BenchmarkId BOTTOM = BenchmarkId.of("a.Bottom.run", "thrpt", Map.of());
    private static final String METRIC = "cpu.opsPerCpuSecond";

    private static RatioEntry entry(double scale) {
        return new RatioEntry("sweep", "", new RatioSide(TOP, METRIC, scale, null),
                new RatioSide(BOTTOM, METRIC, 1, null), Double.NaN, Double.NaN, 0.8);
    }

    private static BenchmarkScore score(BenchmarkId id, List<List<Double>> forks) {
        return BenchmarkScore.of(id, 1.0, "ops/s").withIterations(METRIC, forks);
    }

    @Test
    void ratioIsTheMedianOfEveryIterationOverEveryOther() {
        assertThat(RatioEntry.estimate(List.of(2.0, 2.2, 1.8), List.of(1.0))).isEqualTo(2.0);
        assertThat(RatioEntry.estimate(List.of(4.0), List.of(2.0, 1.0, 4.0))).isEqualTo(2.0);
    }

    @Test
    void oneDisturbedIterationOnEitherSideMovesTheRatioByOneRankNotItsSize() {
        List<Double> steady = List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0);
        assertThat(RatioEntry.estimate(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.05), steady)).isEqualTo(1.0);
        assertThat(RatioEntry.estimate(steady, List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 20.0))).isEqualTo(1.0);
    }

    @Test
    void scalePutsBothSidesInTheSameUnits() {
        // 2,000 sweep variants per CPU second of 38,880 events each against a replay of 97.2 M events per CPU second
        double ratio = entry(38_880).measure(score(TOP, List.of(List.of(2_000.0))),
                score(BOTTOM, List.of(List.of(97.2e6))));
        assertThat(ratio).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void sideWithoutItsMetricGivesNoRatio() {
        assertThat(entry(1).measure(score(TOP, List.of(List.of(1.0))), BenchmarkScore.of(BOTTOM, 1.0, "ops/s")))
                .isNaN();
    }

    @Test
    void fixedAnchorHoldsTheNumeratorAlone() {
        RatioEntry streams = new RatioEntry("streams", "", new RatioSide(TOP, METRIC, 1e-4, null), null,
                Double.NaN, Double.NaN, 1.0);
        assertThat(streams.measure(score(TOP, List.of(List.of(9_000.0))), null)).isCloseTo(0.9, within(1e-9));
    }

    @Test
    void recordingTakesThePooledRatioAndAFloorAMarginBelowTheSlowestPairingOfForks() {
        List<List<Double>> top = List.of(List.of(2.0, 2.0), List.of(2.0, 2.0), List.of(1.8, 1.8));
        List<List<Double>> bottom = List.of(List.of(1.0, 1.0), List.of(1.0, 1.0), List.of(1.0, 1.0));
        RatioEntry recorded = entry(1).rerecorded(score(TOP, top), score(BOTTOM, bottom));
        assertThat(recorded.recorded()).isEqualTo(2.0);
        // the slow fork against any denominator fork: 1.8 = 0.9 of the recorded 2.0, less 0.10 for each side
        assertThat(recorded.floor()).isCloseTo(2.0 * (0.9 - 2 * Baseline.THRESHOLD_MARGIN), within(1e-3));
        assertThat(recorded.goal()).isEqualTo(0.8);
        assertThat(recorded.numerator()).isEqualTo(entry(1).numerator());
    }

    @Test
    void forksThatAgreeGiveTheHighestFloorFarApartOnesTheLowestAndOneForkTheSingleForkOne() {
        List<List<Double>> agreeing = List.of(List.of(1.0), List.of(1.0), List.of(1.0));
        assertThat(entry(1).rerecorded(score(TOP, agreeing), score(BOTTOM, agreeing)).floor())
                .isEqualTo(1 - RatioEntry.MARGIN);
        List<List<Double>> apart = List.of(List.of(1.0), List.of(1.0), List.of(0.2));
        assertThat(entry(1).rerecorded(score(TOP, apart), score(BOTTOM, agreeing)).floor())
                .isEqualTo(Baseline.MIN_THRESHOLD);
        assertThat(entry(1).rerecorded(score(TOP, List.of(List.of(1.0))), score(BOTTOM, List.of(List.of(1.0))))
                .floor()).isEqualTo(Baseline.SINGLE_FORK_THRESHOLD);
    }

    @Test
    void recordingWithoutTheMetricKeepsTheEntry() {
        RatioEntry before = entry(1);
        assertThat(before.rerecorded(BenchmarkScore.of(TOP, 1.0, "ops/s"), score(BOTTOM, List.of(List.of(1.0)))))
                .isSameAs(before);
    }

    @Test
    void entryNeverRecordedHasNoFloorSoItCannotFail() {
        RatioFinding low = entry(1).judge(0.01);
        assertThat(low.standing()).isEqualTo(RatioFinding.Standing.GOAL_NOT_MET);
        assertThat(low.message()).contains("floor none yet");
    }

    @Test
    void namesEachSideWithItsMetricAndScale() {
        assertThat(entry(38_880).fraction()).isEqualTo(
                "a.Top.run [thrpt] threads=2: cpu.opsPerCpuSecond x 38880 over a.Bottom.run [thrpt]: "
                        + "cpu.opsPerCpuSecond");
    }
}
