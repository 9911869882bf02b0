package io.gridbench.benchmarks.gate;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.gridbench.benchmarks.gate.GateFixtures.LATENCY;
import static io.gridbench.benchmarks.gate.GateFixtures.MIXED;
import static io.gridbench.benchmarks.gate.GateFixtures.SIGN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GateCheckTest {

    private static final Pattern ALL = Pattern.compile("io\\.gridbench\\.benchmarks\\.");

    private final GateCheck check = new GateCheck(GateFixtures.baseline(), false);

    private static Finding finding(GateReport report, BenchmarkId id) {
        return report.findings().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void runLikeTheBaselinePasses() {
        GateReport report = check.check(GateFixtures.run("jmh-pass.json"), ALL);
        assertThat(report.passed()).isTrue();
        assertThat(report.findings()).extracting(Finding::verdict).containsOnly(Verdict.PASS);
        assertThat(finding(report, MIXED).fractionOfBaseline()).isBetween(0.9, 1.0);
    }

    @Test
    void benchmarkBelowHalfItsBaselineRatioFailsNamingMeasuredAndExpected() {
        GateReport report = check.check(GateFixtures.run("jmh-regressed.json"), ALL);
        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(MIXED);
            assertThat(f.verdict()).isEqualTo(Verdict.REGRESSED);
            assertThat(f.message())
                    .contains("book.MatchingEngineBenchmark.mixed [thrpt] book=array")
                    .contains("measured 2.00M ops/s")
                    .contains("32% of baseline")
                    .contains("expected 0.03")
                    .contains("fails below 50%");
        });
    }

    @Test
    void slowSampleModeMeanIsReportedButNotGated() {
        List<BenchmarkScore> scores = GateFixtures.run("jmh-pass.json").stream()
                .map(s -> s.id().equals(LATENCY)
                        ? new BenchmarkScore(s.id(), 1800.0, s.error(), 1800.0, s.unit(), s.allocBytesPerOp(),
                        s.percentiles(), s.ratioSamples())
                        : s)
                .toList();
        Finding latency = finding(check.check(scores, ALL), LATENCY);
        assertThat(latency.fractionOfBaseline()).isLessThan(0.2);
        assertThat(latency.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void uniformlySlowerMachinePassesTheRelativeCheck() {
        GateReport report = check.check(GateFixtures.run("jmh-slow-machine.json"), ALL);
        assertThat(report.passed()).isTrue();
        assertThat(finding(report, MIXED).fractionOfBaseline()).isBetween(0.9, 1.0);
    }

    @Test
    void missedAbsoluteTargetIsReportedButFailsOnlyWhenEnforced() {
        List<BenchmarkScore> slow = GateFixtures.run("jmh-slow-machine.json");
        assertThat(finding(check.check(slow, ALL), MIXED).verdict()).isEqualTo(Verdict.BELOW_TARGET);
        GateReport enforced = new GateCheck(GateFixtures.baseline(), true).check(slow, ALL);
        assertThat(enforced.failures()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("below its target of 5.00M ops/s"));
    }

    @Test
    void allocationAboveBudgetFails() {
        GateReport report = check.check(GateFixtures.run("jmh-allocating.json"), ALL);
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.verdict()).isEqualTo(Verdict.ALLOCATES);
            assertThat(f.message()).contains("allocates 48.0 B/op, expected at most 1.0 B/op");
        });
    }

    @Test
    void selectedBaselineBenchmarkWithoutResultFails() {
        GateReport report = check.check(GateFixtures.run("jmh-without-sign.json"), ALL);
        assertThat(finding(report, SIGN).verdict()).isEqualTo(Verdict.MISSING);
        assertThat(report.passed()).isFalse();
    }

    @Test
    void baselineBenchmarkOutsideThePatternIsNotMissing() {
        GateReport report = check.check(GateFixtures.run("jmh-without-sign.json"), Pattern.compile("book\\."));
        assertThat(report.passed()).isTrue();
        assertThat(report.findings()).extracting(Finding::id).containsExactlyInAnyOrder(MIXED, LATENCY);
    }

    @Test
    void baselineEntryWithAParamValueTheRunLeftOutIsNotMissing() {
        // The fixture baseline's book entries are book=array; a run restricted to book=treemap does not run them.
        List<BenchmarkScore> treemapOnly = GateFixtures.run("jmh-pass.json").stream()
                .filter(s -> !s.id().params().containsKey("book"))
                .toList();
        GateReport report = new GateCheck(GateFixtures.baseline(), false, Map.of("book", List.of("treemap")))
                .check(treemapOnly, ALL);
        assertThat(report.findings()).extracting(Finding::verdict).doesNotContain(Verdict.MISSING);
        assertThat(check.check(treemapOnly, ALL).failures()).extracting(Finding::verdict).contains(Verdict.MISSING);
    }

    @Test
    void benchmarkWithoutBaselineIsNewAndDoesNotFail() {
        Baseline onlySign = new Baseline(GateFixtures.baseline().reference(), 0.5, "",
                List.of(GateFixtures.baseline().entry(SIGN).orElseThrow()));
        GateReport report = new GateCheck(onlySign, false).check(GateFixtures.run("jmh-pass.json"), ALL);
        assertThat(finding(report, MIXED).verdict()).isEqualTo(Verdict.NEW);
        assertThat(finding(report, MIXED).message()).contains("--update-baseline");
        assertThat(report.passed()).isTrue();
    }

    @Test
    void retriedBenchmarkCountsItsBestAttempt() {
        GateReport report = check.checkAttempts(List.of(GateFixtures.run("jmh-regressed.json"),
                GateFixtures.run("jmh-pass.json")), ALL);
        assertThat(report.passed()).isTrue();
    }

    @Test
    void eachAttemptIsSetAgainstItsOwnCalibration() {
        // The retry's calibration ran in a quiet moment (5x faster); it must not drag down what the first run measured.
        List<BenchmarkScore> retry = new ArrayList<>(withCalibration(GateFixtures.run("jmh-regressed.json"), 1.0e9));
        GateReport report = check.checkAttempts(List.of(GateFixtures.run("jmh-pass.json"), retry), ALL);
        assertThat(report.passed()).isTrue();
        assertThat(finding(report, MIXED).fractionOfBaseline()).isBetween(0.9, 1.0);
    }

    @Test
    void luckyCalibrationDoesNotFailABenchmarkThatKeptItsAbsoluteSpeed() {
        GateReport report = check.check(withCalibration(GateFixtures.run("jmh-pass.json"), 5.0e8), ALL);
        assertThat(finding(report, MIXED).fractionOfBaseline()).isLessThan(0.5);
        assertThat(report.passed()).isTrue();
    }

    private static List<BenchmarkScore> withCalibration(List<BenchmarkScore> scores, double opsPerSecond) {
        return scores.stream()
                .map(s -> s.id().benchmark().endsWith("CalibrationBenchmark.reference")
                        ? BenchmarkScore.of(s.id(), opsPerSecond, "ops/s")
                        : s)
                .toList();
    }

    @Test
    void runWithoutCalibrationCannotBeGated() {
        assertThatThrownBy(() -> check.check(GateFixtures.run("jmh-without-calibration.json"), ALL))
                .isInstanceOf(GateException.class)
                .hasMessageContaining("calibration benchmark");
    }

    @Test
    void emptyRunCannotBeGated() {
        assertThatThrownBy(() -> check.check(List.of(), ALL))
                .isInstanceOf(GateException.class)
                .hasMessageContaining("no benchmark results");
    }

    /** The fixture baseline with rank-test samples for the array book: 24 ratios around 0.030, threshold 0.85. */
    private static Baseline rankTestedBaseline() {
        Baseline fixture = GateFixtures.baseline();
        List<BaselineEntry> entries = fixture.entries().stream()
                .map(e -> e.id().equals(MIXED)
                        ? new BaselineEntry(e.id(), e.opsPerSecond(), e.relative(), Double.NaN, e.target(),
                        e.maxAllocBytesPerOp(), RatioTestTest.scaled(RatioTestTest.BASELINE, 0.75), 0.85)
                        : e)
                .toList();
        return new Baseline(fixture.reference(), fixture.defaultMinRatio(), "", entries);
    }

    /** The passing fixture run with the array book's ratio samples at {@code factor} times the baseline's. */
    private static List<BenchmarkScore> runAt(double factor) {
        List<Double> samples = RatioTestTest.scaled(RatioTestTest.BASELINE.subList(4, 12), 0.75 * factor);
        return GateFixtures.run("jmh-pass.json").stream()
                .map(s -> s.id().equals(MIXED) ? s.withRatioSamples(List.of(samples)) : s)
                .toList();
    }

    @Test
    void rankTestedBenchmarkOneAndAHalfTimesSlowerRegressesWithItsInterval() {
        GateReport report = new GateCheck(rankTestedBaseline(), false).check(runAt(1 / 1.5), ALL);
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(MIXED);
            assertThat(f.verdict()).isEqualTo(Verdict.REGRESSED);
            assertThat(f.test().estimate()).isBetween(0.62, 0.71);
            assertThat(f.minRatio()).isEqualTo(0.85);
            assertThat(f.message()).contains("67% of baseline (98% interval").contains("against 85%");
        });
    }

    @Test
    void rankTestedBenchmarkAsFastAsTheBaselinePassesEvenWhenItsBestIterationLooksSlow() {
        // jmh-regressed.json's best iteration is at 32% of the baseline; the ratio samples say unchanged.
        List<BenchmarkScore> run = GateFixtures.run("jmh-regressed.json").stream()
                .map(s -> s.id().equals(MIXED) ? s.withRatioSamples(List.of(
                        RatioTestTest.scaled(RatioTestTest.BASELINE.subList(0, 8), 0.75))) : s)
                .toList();
        GateReport report = new GateCheck(rankTestedBaseline(), false).check(run, ALL);
        assertThat(report.passed()).isTrue();
        // 2 M ops/s is below the absolute target of 5 M: reported, not failed
        assertThat(finding(report, MIXED).verdict()).isEqualTo(Verdict.BELOW_TARGET);
        assertThat(finding(report, MIXED).fractionOfBaseline()).isBetween(0.97, 1.03);
    }

    @Test
    void rankTestedBenchmarkPassesWhenARemeasurementPasses() {
        GateReport report = new GateCheck(rankTestedBaseline(), false)
                .checkAttempts(List.of(runAt(1 / 1.5), runAt(1.0)), ALL);
        assertThat(report.passed()).isTrue();
        assertThat(finding(report, MIXED).test().estimate()).isBetween(0.97, 1.03);
    }

    @Test
    void rankTestedBenchmarkFailsOnlyWhenEveryAttemptRegresses() {
        GateReport report = new GateCheck(rankTestedBaseline(), false)
                .checkAttempts(List.of(runAt(1 / 1.5), runAt(0.6)), ALL);
        assertThat(report.failures()).singleElement()
                .satisfies(f -> assertThat(f.test().estimate()).isBetween(0.62, 0.71));
    }

    @Test
    void rankTestedBenchmarkStillHasItsAllocationChecked() {
        List<BenchmarkScore> run = GateFixtures.run("jmh-allocating.json").stream()
                .map(s -> s.id().equals(MIXED) ? s.withRatioSamples(List.of(
                        RatioTestTest.scaled(RatioTestTest.BASELINE.subList(0, 8), 0.75))) : s)
                .toList();
        assertThat(finding(new GateCheck(rankTestedBaseline(), false).check(run, ALL), MIXED).verdict())
                .isEqualTo(Verdict.ALLOCATES);
    }
}
