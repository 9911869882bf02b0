package io.gridbench.benchmarks.gate;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlSummaryTest {

    private static final RunContext CONTEXT = new RunContext(Instant.parse("2025-01-02T03:04:05.123456789Z"), "quick",
            "book<&>", "2 cores, AMD EPYC", "AMD EPYC", "AMD EPYC");

    private static String render(String results) {
        return render(results, CONTEXT);
    }

    private static String render(String results, RunContext context) {
        GateReport report = new GateCheck(GateFixtures.baseline(), false)
                .check(GateFixtures.run(results), Pattern.compile("io\\.gridbench"));
        return HtmlSummary.render(report, context);
    }

    @Test
    void baselineFromAnotherCpuGetsAWarningUnderTheVerdict() {
        String html = render("jmh-pass.json", CONTEXT.against("Intel Xeon (family 6)"));
        assertThat(html).contains("<p class=\"warn\">WARNING: the baseline was recorded on another CPU: "
                + "Intel Xeon (family 6); this run is on AMD EPYC.")
                .contains("Baseline recorded on CPU: Intel Xeon (family 6)");
    }

    @Test
    void baselineFromThisCpuGetsNoWarning() {
        assertThat(render("jmh-pass.json")).doesNotContain("class=\"warn\"")
                .contains("Baseline recorded on CPU: AMD EPYC");
    }

    @Test
    void baselineThatDoesNotNameItsCpuSaysSoWithoutAWarning() {
        assertThat(render("jmh-pass.json", CONTEXT.against(""))).doesNotContain("class=\"warn\"")
                .contains("Baseline recorded on CPU: not recorded");
    }

    @Test
    void passingRunSaysSoAndListsEveryBenchmark() {
        String html = render("jmh-pass.json");
        assertThat(html).contains("Gate passed")
                .contains("book.MatchingEngineBenchmark.mixed [thrpt] book=array")
                .contains("signing.Ed25519SignBenchmark.bouncyCastle [thrpt]")
                .doesNotContain("Failures");
    }

    @Test
    void failingRunListsTheFailureWithItsFigures() {
        String html = render("jmh-regressed.json");
        assertThat(html).contains("Gate failed: 1 benchmark(s)")
                .contains("<h2>Failures</h2>")
                .contains("measured 2.00M ops/s, 32% of baseline");
    }

    @Test
    void sampleModeBenchmarksGetAPercentileTable() {
        assertThat(render("jmh-pass.json")).contains("Latency per operation")
                .contains("<th>p99.9</th>")
                .contains("<td>900</td>");
    }

    @Test
    void pageIsSelfContainedAndEscapesText() {
        String html = render("jmh-pass.json");
        assertThat(html).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://")
                .contains("book&lt;&amp;&gt;");
    }

    @Test
    void startTimeIsShownToTheSecond() {
        assertThat(render("jmh-pass.json")).contains("Started 2025-01-02T03:04:05Z").doesNotContain(".123");
    }

    @Test
    void scoresUseTheSameHumanFiguresAsRates() {
        assertThat(render("jmh-pass.json")).doesNotContainPattern("\\de[+-]\\d");
    }

    @Test
    void wideTablesScrollInsteadOfRunningOffThePage() {
        assertThat(render("jmh-pass.json")).contains("<div class=\"scroll\"><table>").contains(".scroll{overflow-x:auto}");
    }

    @Test
    void rankTestedBenchmarkShowsItsRatioIntervalThresholdAndPValue() {
        BaselineEntry mixed = GateFixtures.baseline().entry(GateFixtures.MIXED).orElseThrow();
        BaselineEntry ranked = new BaselineEntry(mixed.id(), mixed.opsPerSecond(), mixed.relative(), Double.NaN,
                mixed.target(), mixed.maxAllocBytesPerOp(), RatioTestTest.BASELINE, 0.85);
        Baseline baseline = new Baseline(GateFixtures.baseline().reference(), 0.5, "", List.of(ranked));
        List<BenchmarkScore> run = GateFixtures.run("jmh-pass.json").stream()
                .map(s -> s.id().equals(GateFixtures.MIXED) ? s.withRatioSamples(List.of(
                        RatioTestTest.scaled(RatioTestTest.BASELINE.subList(0, 8), 0.7))) : s)
                .toList();
        String html = HtmlSummary.render(new GateCheck(baseline, false).check(run, Pattern.compile("book")),
                CONTEXT);
        assertThat(html).contains("<th>interval</th><th>threshold</th><th>p</th>")
                .containsPattern("<td>70%</td><td>6\\d% &ndash; 7\\d%</td><td>85%</td><td>\\d\\.\\de-\\d+</td>")
                .contains("class=\"ci\"");
    }

    @Test
    void ratiosAreShownWithRecordedFloorGoalAndStanding() {
        GateReport report = new GateCheck(GateFixtures.baseline("baseline-ratios.json"), false)
                .check(GateFixtures.run("jmh-side-by-side.json"), Pattern.compile("io\\.gridbench"));
        String html = HtmlSummary.render(report, CONTEXT);
        assertThat(html).contains("<h2>Side by side</h2>")
                .contains("<td>2.00</td><td>2.00</td><td>1.60</td><td>&ge; 1.50</td><td class=\"GOAL_MET\">goal met")
                .contains("class=\"GOAL_NOT_MET\">goal not met")
                .contains("class=\"NOT_EVALUATED\">not evaluated: replay.SweepBenchmark.run [thrpt] threads=2 did "
                        + "not run");
    }

    @Test
    void runOfABaselineWithoutRatiosHasNoSideBySideTable() {
        assertThat(render("jmh-pass.json")).doesNotContain("Side by side");
    }
}
