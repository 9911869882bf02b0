package io.gridbench.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The single-file programs of {@code examples/analysis/} compile and run through {@code gridbench script}: Weekly on
 * a small backtest's report folder, Sensitivity on the shipped data as the README runs it (an IT: it replays 90 days
 * fifteen times).
 */
class AnalysisExamplesIT {
    private static final Path ROOT = Path.of("..");
    private static final Path FIXTURE = ROOT.resolve("backtest/src/test/resources/fixture");

    @TempDir
    Path dir;

    private int script(String... args) {
        ScriptCommand cmd = new ScriptCommand();
        cmd.output = ProcessBuilder.Redirect.to(dir.resolve("output.txt").toFile());
        return new CommandLine(cmd).execute(args);
    }

    private String output() throws IOException {
        return Files.readString(dir.resolve("output.txt"));
    }

    @Test
    void weeklyReadsABacktestsReportFolder() throws IOException {
        BacktestCommand backtest = new BacktestCommand();
        backtest.stdout = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        backtest.stderr = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Path report = dir.resolve("report");
        assertThat(new CommandLine(backtest).execute("--candles", FIXTURE.resolve("candles-1m.csv").toString(),
                "--trades", FIXTURE.resolve("trades.csv").toString(), "--strategy",
                FIXTURE.resolve("fixed-ceiling.yaml").toString(), "--out", report.toString())).isZero();
        assertThat(script(ROOT.resolve("examples/analysis/Weekly.java").toString(), report.toString()))
                .as(output()).isZero();
        assertThat(output()).contains("per calendar week").contains("fixed-ceiling");
    }

    @Test
    void sensitivityRunsOnTheShippedData() throws IOException {
        System.setProperty("gridbench.home", ROOT.toString());
        try {
            assertThat(script(ROOT.resolve("examples/analysis/Sensitivity.java").toString())).as(output()).isZero();
        } finally {
            System.clearProperty("gridbench.home");
        }
        assertThat(output()).contains("chat-fast: every variant, best first")
                .contains("max_price \u00d7 min_balance: best cost + shortfall USD");
    }
}
