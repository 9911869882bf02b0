package io.gridbench.benchmarks.gate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.gridbench.benchmarks.gate.GateFixtures.P;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The gate holding the baseline's ratio entries ({@code baseline-ratios.json}) on a crafted run
 * ({@code jmh-side-by-side.json}): gridbench's book at twice exchange-core's speed per CPU second (goal 1.5, floor
 * 1.6), the verify at a third of the server's CPU per signed request (goal 0.8, floor 0.27), and no sweep.
 */
class SideBySideGateTest {

    private static final Pattern ALL = Pattern.compile("io\\.gridbench\\.benchmarks\\.");
    private static final BenchmarkId GRIDBENCH = BenchmarkId.of(P + "book.ExchangeCoreComparisonBenchmark.gridbench",
            "thrpt", Map.of());
    private static final BenchmarkId EXCHANGE_CORE = BenchmarkId.of(
            P + "book.ExchangeCoreComparisonBenchmark.exchangeCore", "thrpt", Map.of());

    private final Baseline baseline = GateFixtures.baseline("baseline-ratios.json");

    private static RatioFinding ratio(GateReport report, String name) {
        return report.ratios().stream().filter(r -> r.entry().name().equals(name)).findFirst().orElseThrow();
    }

    private GateReport check(List<BenchmarkScore> run) {
        return new GateCheck(baseline, false).check(run, ALL);
    }

    /** The crafted run with gridbench's per-iteration ratios scaled by {@code factor}. */
    private static List<BenchmarkScore> gridbenchAt(double factor) {
        return GateFixtures.run("jmh-side-by-side.json").stream()
                .map(s -> s.id().equals(GRIDBENCH) ? s.withIterations(CpuRatioProfiler.RATIO,
                        List.of(s.iterations(CpuRatioProfiler.RATIO).get(0).stream().map(v -> v * factor).toList()))
                        : s)
                .toList();
    }

    private static List<BenchmarkScore> without(List<BenchmarkScore> run, BenchmarkId id) {
        return run.stream().filter(s -> !s.id().equals(id)).toList();
    }

    @Test
    void ratioAboveItsGoalIsMetAndShownWithRecordedFloorAndGoal() {
        RatioFinding engine = ratio(check(GateFixtures.run("jmh-side-by-side.json")), "engine");
        assertThat(engine.standing()).isEqualTo(RatioFinding.Standing.GOAL_MET);
        assertThat(engine.value()).isEqualTo(2.0);
        assertThat(engine.message()).isEqualTo("ratio engine: 2.00 (recorded 2.00, floor 1.60, goal >= 1.50), goal met");
    }

    @Test
    void ratioAboveItsFloorButBelowItsGoalIsReportedWithoutFailing() {
        GateReport report = check(GateFixtures.run("jmh-side-by-side.json"));
        RatioFinding server = ratio(report, "server");
        assertThat(server.standing()).isEqualTo(RatioFinding.Standing.GOAL_NOT_MET);
        assertThat(server.value()).isBetween(0.32, 0.34);
        assertThat(server.message()).contains("goal >= 0.800").contains("goal not met");
        assertThat(report.passed()).isTrue();
    }

    @Test
    void goalNotMetFailsWhenTargetsAreEnforced() {
        GateReport report = new GateCheck(baseline, true).check(GateFixtures.run("jmh-side-by-side.json"), ALL);
        assertThat(report.passed()).isFalse();
        assertThat(report.ratioFailures()).extracting(r -> r.entry().name()).containsExactly("server");
    }

    @Test
    void ratioBelowItsFloorFailsTheGateNamingBothSides() {
        // gridbench 0.7x as fast: 1.4 against exchange-core, below the floor of 1.6
        GateReport report = check(gridbenchAt(0.7));
        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).isEmpty();
        assertThat(report.ratioFailures()).singleElement().satisfies(r -> {
            assertThat(r.standing()).isEqualTo(RatioFinding.Standing.BELOW_FLOOR);
            assertThat(r.value()).isCloseTo(1.4, within(1e-9));
            assertThat(r.message()).startsWith("ratio engine: 1.40 (recorded 2.00, floor 1.60, goal >= 1.50), "
                    + "below its floor of 1.60: book.ExchangeCoreComparisonBenchmark.gridbench [thrpt]: gate.cpuRatio"
                    + " over book.ExchangeCoreComparisonBenchmark.exchangeCore [thrpt]: gate.cpuRatio");
        });
    }

    @Test
    void aMachineSlowerForBothSidesLeavesTheRatioAlone() {
        List<BenchmarkScore> slower = GateFixtures.run("jmh-side-by-side.json").stream()
                .map(s -> s.iterations(CpuRatioProfiler.RATIO).isEmpty() ? s
                        : s.withIterations(CpuRatioProfiler.RATIO, List.of(s.iterations(CpuRatioProfiler.RATIO).get(0)
                        .stream().map(v -> v / 3).toList())))
                .toList();
        assertThat(ratio(check(slower), "engine").value()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void remeasurementOfBothSidesThatHoldsTheFloorPasses() {
        GateReport report = new GateCheck(baseline, false).checkAttempts(List.of(gridbenchAt(0.7), gridbenchAt(1.0)),
                ALL);
        assertThat(report.passed()).isTrue();
        assertThat(ratio(report, "engine").value()).isEqualTo(2.0);
    }

    @Test
    void ratioIsNeverMadeOfTwoRuns() {
        // The retry measured gridbench alone, fast: set against the first run's exchange-core it would pass.
        List<BenchmarkScore> retry = without(gridbenchAt(1.0), EXCHANGE_CORE);
        GateReport report = new GateCheck(baseline, false).checkAttempts(List.of(gridbenchAt(0.7), retry), ALL);
        assertThat(ratio(report, "engine").standing()).isEqualTo(RatioFinding.Standing.BELOW_FLOOR);
    }

    @Test
    void ratioWhoseSidesDidNotRunIsNotEvaluatedAndSaysWhy() {
        GateReport report = check(without(GateFixtures.run("jmh-side-by-side.json"), EXCHANGE_CORE));
        assertThat(ratio(report, "engine").standing()).isEqualTo(RatioFinding.Standing.NOT_EVALUATED);
        assertThat(ratio(report, "engine").message())
                .isEqualTo("ratio engine: not evaluated, book.ExchangeCoreComparisonBenchmark.exchangeCore [thrpt] "
                        + "did not run");
        assertThat(ratio(report, "sweep").message())
                .contains("replay.SweepBenchmark.run [thrpt] threads=2 did not run")
                .contains("replay.ReplayBenchmark.tradeEvents [thrpt] strategy=fixed-ceiling did not run");
        assertThat(report.passed()).isTrue();
    }

    @Test
    void sideThatRanWithoutItsProfilerIsNamed() {
        List<BenchmarkScore> run = GateFixtures.run("jmh-side-by-side.json").stream()
                .map(s -> s.id().benchmark().endsWith("SignedRequestBenchmark.mixed")
                        ? s.withIterations("cpu.serverNsPerOp", List.of()) : s)
                .toList();
        assertThat(ratio(check(run), "server").message())
                .endsWith("server.SignedRequestBenchmark.mixed [thrpt] ran without cpu.serverNsPerOp");
    }

    @Test
    void gateRunsTheProfilersOfTheRatiosItsPatternSelects() {
        assertThat(baseline.profilersFor(Pattern.compile("SweepBenchmark")))
                .containsExactly("io.gridbench.benchmarks.cpu.ProcessCpuProfiler");
        assertThat(baseline.profilersFor(ALL)).containsExactly("io.gridbench.benchmarks.cpu.ThreadCpuProfiler",
                "io.gridbench.benchmarks.cpu.ProcessCpuProfiler");
        assertThat(baseline.profilersFor(Pattern.compile("MatchingEngine|ExchangeCore"))).isEmpty();
    }
}
