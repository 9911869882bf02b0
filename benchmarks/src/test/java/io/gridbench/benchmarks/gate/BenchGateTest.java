package io.gridbench.benchmarks.gate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gate end to end on recorded JMH results ({@code --results}), so no benchmark runs. */
class BenchGateTest {

    @TempDir
    Path reports;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private int gate(String... args) {
        return new BenchGate(new PrintStream(output, true, StandardCharsets.UTF_8)).run(args);
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private Path onlyReportFolder() throws IOException {
        try (Stream<Path> folders = Files.list(reports)) {
            List<Path> all = folders.toList();
            assertThat(all).hasSize(1);
            assertThat(all.get(0).getFileName().toString()).matches("bench-\\d{8}-\\d{6}");
            return all.get(0);
        }
    }

    @Test
    void passingResultsExitZeroAndWriteTheReportFolder() throws IOException {
        int exit = gate("--results", GateFixtures.path("jmh-pass.json").toString(),
                "--baseline", GateFixtures.path("baseline.json").toString(), "--reports", reports.toString());
        assertThat(exit).isZero();
        assertThat(printed()).contains("bench gate: PASSED (3 benchmarks)");
        Path folder = onlyReportFolder();
        assertThat(folder.resolve("jmh.json")).exists();
        assertThat(folder.resolve("summary.html")).content().contains("Gate passed");
        assertThat(folder.resolve("gate.txt")).content().contains("PASSED");
    }

    @Test
    void reportPathIsPrintedWithoutDotDotSegments() throws IOException {
        Files.createDirectories(reports.resolve("benchmarks"));
        gate("--results", GateFixtures.path("jmh-pass.json").toString(), "--baseline",
                GateFixtures.path("baseline.json").toString(), "--reports", reports.resolve("benchmarks/..").toString());
        assertThat(printed()).contains("bench gate: report " + reports.toAbsolutePath().normalize() + "/bench-")
                .doesNotContain("/../");
    }

    @Test
    void regressionExitsOneNamingTheBenchmark() {
        int exit = gate("--results", GateFixtures.path("jmh-regressed.json").toString(),
                "--baseline", GateFixtures.path("baseline.json").toString(), "--reports", reports.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(printed()).contains("bench gate: FAILED: 1 of 3")
                .contains("book.MatchingEngineBenchmark.mixed [thrpt] book=array: measured 2.00M ops/s");
    }

    @Test
    void quickGateFailsOnlyBelowItsLooserThreshold() {
        // 32-33 % of baseline: a failure for the full gate, within the quick gate's 30 %.
        int exit = gate("--quick", "--results", GateFixtures.path("jmh-regressed.json").toString(),
                "--baseline", GateFixtures.path("baseline.json").toString(), "--reports", reports.toString());
        assertThat(exit).isZero();
    }

    @Test
    void updateBaselineRecordsTheRunAndKeepsThresholds(@TempDir Path dir) throws IOException {
        Path baseline = dir.resolve("baseline.json");
        Files.copy(GateFixtures.path("baseline.json"), baseline);
        int exit = gate("--results", GateFixtures.path("jmh-regressed.json").toString(), "--update-baseline",
                "--baseline", baseline.toString(), "--reports", reports.toString());
        assertThat(exit).isZero();
        Baseline updated = Baseline.read(baseline);
        assertThat(updated.entry(GateFixtures.MIXED).orElseThrow().opsPerSecond()).isEqualTo(2.0e6);
        assertThat(updated.entry(GateFixtures.MIXED).orElseThrow().target()).isEqualTo(5.0e6);
    }

    @Test
    void updateBaselineCreatesAMissingFile(@TempDir Path dir) {
        Path baseline = dir.resolve("new-baseline.json");
        int exit = gate("--results", GateFixtures.path("jmh-pass.json").toString(), "--update-baseline",
                "--baseline", baseline.toString(), "--reports", reports.toString());
        assertThat(exit).isZero();
        assertThat(Baseline.read(baseline).entries()).hasSize(3);
        assertThat(Baseline.read(baseline).reference()).isEqualTo(BenchGate.DEFAULT_REFERENCE);
    }

    private static final String OTHER_CPU = "AMD EPYC 7B13 (family 25, model 1, stepping 1)";

    /** The fixture baseline, recorded on {@code cpu}. */
    private Path baselineOn(String cpu) throws IOException {
        Path baseline = Files.createTempDirectory(reports, "baseline").resolve("baseline.json");
        Files.writeString(baseline, GateFixtures.text("baseline.json")
                .replace("\"recordedOn\": \"fixture\",", "\"recordedOn\": \"fixture\", \"recordedCpu\": \"" + cpu + "\","));
        return baseline;
    }

    private int gateAgainst(Path baseline, String results, String... more) {
        List<String> args = new ArrayList<>(List.of("--results", GateFixtures.path(results).toString(),
                "--baseline", baseline.toString(), "--reports", reports.resolve("out").toString()));
        args.addAll(List.of(more));
        return gate(args.toArray(String[]::new));
    }

    private Path onlyReportFolderIn(Path dir) throws IOException {
        try (Stream<Path> folders = Files.list(dir)) {
            return folders.findFirst().orElseThrow();
        }
    }

    @Test
    void baselineFromAnotherCpuIsAWarningNamingBothCpusInEveryOutputThatDoesNotFailTheGate() throws IOException {
        int exit = gateAgainst(baselineOn(OTHER_CPU), "jmh-pass.json");
        assertThat(exit).isZero();
        String warning = "WARNING: the baseline was recorded on another CPU: " + OTHER_CPU + "; this run is on "
                + CpuModel.current() + ".";
        assertThat(printed()).contains(warning).contains("./gridbench bench --update-baseline 'PATTERN'")
                .contains("bench gate: PASSED");
        Path folder = onlyReportFolderIn(reports.resolve("out"));
        assertThat(folder.resolve("gate.txt")).content().contains(warning);
        assertThat(folder.resolve("summary.html")).content().contains("<p class=\"warn\">" + warning);
    }

    @Test
    void baselineFromThisCpuGivesNoWarning() throws IOException {
        gateAgainst(baselineOn(CpuModel.current()), "jmh-pass.json");
        assertThat(printed()).doesNotContain("WARNING").doesNotContain("note:");
    }

    @Test
    void baselineThatDoesNotNameItsCpuIsNotedOnceWithoutAWarning() {
        gate("--results", GateFixtures.path("jmh-pass.json").toString(),
                "--baseline", GateFixtures.path("baseline.json").toString(), "--reports", reports.toString());
        assertThat(printed()).doesNotContain("WARNING")
                .containsOnlyOnce("note: the baseline does not say which CPU it was recorded on");
    }

    @Test
    void regressionOnAnotherCpuStillFailsAndPointsAtTheWarning() throws IOException {
        int exit = gateAgainst(baselineOn(OTHER_CPU), "jmh-regressed.json");
        assertThat(exit).isEqualTo(1);
        assertThat(printed()).contains("bench gate: FAILED: 1 of 3")
                .contains("  (the baseline was recorded on another CPU, see the WARNING above");
    }

    @Test
    void updateBaselineRecordsThisMachinesCpu() throws IOException {
        Path baseline = baselineOn(OTHER_CPU);
        gateAgainst(baseline, "jmh-pass.json", "--update-baseline");
        assertThat(Baseline.read(baseline).recordedCpu()).isEqualTo(CpuModel.current());
        assertThat(printed()).doesNotContain("WARNING");
    }

    @Test
    void updateOnAnotherCpuThatLeavesEntriesOutSaysTheyKeepTheOldCpusFigures() throws IOException {
        Path baseline = baselineOn(OTHER_CPU);
        gateAgainst(baseline, "jmh-without-sign.json", "--update-baseline", "book\\.");
        assertThat(printed()).contains("bench gate: 1 of 3 entries were not measured in this run and keep what was "
                + "recorded on " + OTHER_CPU + ", though the baseline now names " + CpuModel.current());
    }

    @Test
    void missingBaselineExitsTwoWithHowToRecordOne() {
        int exit = gate("--results", GateFixtures.path("jmh-pass.json").toString(),
                "--baseline", reports.resolve("absent.json").toString(), "--reports", reports.toString());
        assertThat(exit).isEqualTo(2);
        assertThat(printed()).contains("absent.json").contains("--update-baseline");
    }

    @Test
    void unknownOptionExitsTwoNamingIt() {
        assertThat(gate("--fast")).isEqualTo(2);
        assertThat(printed()).contains("unknown option '--fast'").contains("Usage:");
    }

    @Test
    void badPatternExitsTwoNamingIt() {
        assertThat(gate("--results", "x.json", "book(")).isEqualTo(2);
        assertThat(printed()).contains("PATTERN 'book('");
    }

    @Test
    void patternSelectingNoBenchmarkExitsTwoInsteadOfPassing() {
        int exit = gate("--results", GateFixtures.path("jmh-pass.json").toString(),
                "--baseline", GateFixtures.path("baseline.json").toString(), "--reports", reports.toString(),
                "NoSuchBench");
        assertThat(exit).isEqualTo(2);
        assertThat(printed()).contains("pattern 'NoSuchBench' matches no benchmark").doesNotContain("PASSED");
    }

    @Test
    void theCalibrationBenchmarkAloneIsNoSelection() {
        assertThatThrownBy(() -> BenchGate.requireSelection(Pattern.compile("Calibration|NoSuch"),
                List.of("x.CalibrationBenchmark.reference", "x.book.MatchingEngineBenchmark.mixed"),
                "x.CalibrationBenchmark.reference"))
                .isInstanceOf(GateException.class).hasMessage("pattern 'Calibration|NoSuch' matches no benchmark");
    }

    @Test
    void theBenchmarksOfThisModuleAreListed() {
        assertThat(JmhLauncher.benchmarks()).contains(BenchGate.DEFAULT_REFERENCE)
                .anyMatch(name -> name.contains("MatchingEngineBenchmark"));
    }

    @Test
    void ratiosArePrintedAndAGoalNotMetDoesNotFail() throws IOException {
        int exit = gate("--results", GateFixtures.path("jmh-side-by-side.json").toString(),
                "--baseline", GateFixtures.path("baseline-ratios.json").toString(), "--reports", reports.toString());
        assertThat(exit).isZero();
        assertThat(printed())
                .contains("GOAL_MET     ratio engine: 2.00 (recorded 2.00, floor 1.60, goal >= 1.50), goal met")
                .contains("GOAL_NOT_MET ratio server: 0.333")
                .contains("NOT_EVALUATED ratio sweep: not evaluated")
                .contains("bench gate: PASSED (4 benchmarks, 3 ratios)");
        assertThat(onlyReportFolder().resolve("gate.txt")).content().contains("ratio engine: 2.00");
    }

    @Test
    void ratioBelowItsFloorExitsOneNamingTheRatio() throws IOException {
        Path baseline = reports.resolve("baseline.json");
        Files.writeString(baseline, GateFixtures.text("baseline-ratios.json").replace("\"floor\": 1.6", "\"floor\": 2.5"));
        Path out = reports.resolve("out");
        int exit = gate("--results", GateFixtures.path("jmh-side-by-side.json").toString(),
                "--baseline", baseline.toString(), "--reports", out.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(printed())
                .contains("bench gate: FAILED: 0 of 4 benchmarks below their threshold, 1 of 3 ratios below their floor:")
                .contains("  ratio engine: 2.00 (recorded 2.00, floor 2.50, goal >= 1.50), below its floor of 2.50");
    }

    @Test
    void enforcedTargetsFailARatioBelowItsGoal() {
        int exit = gate("--results", GateFixtures.path("jmh-side-by-side.json").toString(), "--enforce-targets",
                "--baseline", GateFixtures.path("baseline-ratios.json").toString(), "--reports", reports.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(printed()).contains("1 of 3 ratios below their floor or goal:").contains("  ratio server: 0.333");
    }
}
