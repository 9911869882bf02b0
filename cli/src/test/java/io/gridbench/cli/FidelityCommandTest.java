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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FidelityCommandTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        FidelityCommand cmd = new FidelityCommand();
        cmd.stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        cmd.stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new CommandLine(cmd).execute(args);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String[] oneDay(String outName, String... more) {
        List<String> a = new ArrayList<>(List.of("--days", "1", "--seed", "3",
                "--demand", EXAMPLES.resolve("demand/chat-app.yaml").toString(),
                "--strategy", EXAMPLES.resolve("strategies/buffer-replenish.yaml").toString(),
                "--strategy", EXAMPLES.resolve("strategies/auto.yaml").toString(),
                "--out", dir.resolve(outName).toString()));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void printsBacktestTruthAndErrorAndWritesTheReportFiles() throws IOException {
        int code = run(oneDay("out"));

        assertThat(code).as(stderr()).isZero();
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertThat(stdout).contains("backtest", "truth", "error", "avg price USD", "ttf p50", "market VWAP USD",
                "buffer-replenish", "auto");
        Path o = dir.resolve("out");
        assertThat(Files.readString(o.resolve("report.html"))).contains("How accurate is the backtest?")
                .doesNotContain("src=\"http");
        assertThat(Files.readString(o.resolve("results.json"))).contains("\"sha256\"").contains("\"metrics\"");
        assertThat(Files.readAllLines(o.resolve("results.csv"))).hasSize(1 + 2 * 12)
                .first().isEqualTo("strategy,type,metric,unit,backtest,truth,error,error_unit");
        assertThat(o.resolve("record/candles-1m.csv.gz")).exists();
        assertThat(o.resolve("truth/auto/trades.csv.gz")).exists();
    }

    @Test
    void twoRunsWithTheSameSeedWriteTheSameResultsCsv() throws IOException {
        assertThat(run(oneDay("a"))).as(stderr()).isZero();
        assertThat(run(oneDay("b", "--threads", "1"))).as(stderr()).isZero();

        assertThat(Files.readString(dir.resolve("b/results.csv"))).isEqualTo(Files.readString(dir.resolve(
                "a/results.csv")));
    }

    @Test
    void aFailedAssertionExitsTwoAndNamesTheStrategyAndMetric() {
        int code = run(oneDay("out", "--assert-price-pct", "0", "--assert-ttf-pct", "1000000000"));

        assertThat(code).isEqualTo(2);
        assertThat(stderr()).contains("assertion failed: buffer-replenish avg_price_usd error")
                .contains("--assert-price-pct 0.0").doesNotContain("ttf_p50_s");
    }

    @Test
    void compareFillsPrintsTheClosestSettingsAndWritesTheRanking() throws IOException {
        int code = run(oneDay("out", "--compare-fills"));

        assertThat(code).as(stderr()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("closest fill settings");
        // a header and 2 fill models x 4 queue estimates x 4 participation caps
        assertThat(Files.readAllLines(dir.resolve("out/fill-ranking.csv"))).hasSize(33);
    }

    @Test
    void anUnknownInstrumentIsOneLineAndExitTwo() {
        int code = run(oneDay("out", "--instrument", "nope"));

        assertThat(code).isEqualTo(2);
        assertThat(stderr().strip()).startsWith("fidelity: unknown instrument 'nope'; known: ").doesNotContain("\n");
    }

    @Test
    void aBadStrategyFileNamesFileLineAndColumn() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "type: fixed-ceiling\nmax_price: lots\n");

        int code = run("--days", "1", "--strategy", bad.toString(), "--out", dir.resolve("out").toString());

        assertThat(code).isEqualTo(2);
        assertThat(stderr().strip()).startsWith(bad + ":2:").doesNotContain("\n");
    }

    @Test
    void badOptionValuesExitTwo() {
        assertThat(run("--days", "0", "--strategy", EXAMPLES.resolve("strategies/auto.yaml").toString()))
                .isEqualTo(2);
        assertThat(stderr()).contains("days must be 1..3660");
        assertThat(run(oneDay("out", "--fill", "magic"))).isEqualTo(2);
        assertThat(stderr()).contains("unknown fill model 'magic'");
    }
}
