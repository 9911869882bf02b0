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

class BacktestCommandTest {
    private static final Path FIXTURE = Path.of("..", "backtest", "src", "test", "resources", "fixture");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        BacktestCommand cmd = new BacktestCommand();
        cmd.stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        cmd.stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new CommandLine(cmd).execute(args);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<String> fixtureArgs(String... more) {
        List<String> a = new ArrayList<>(List.of("--candles", FIXTURE.resolve("candles-1m.csv").toString(),
                "--trades", FIXTURE.resolve("trades.csv").toString(),
                "--demand", FIXTURE.resolve("demand.yaml").toString(),
                "--strategy", FIXTURE.resolve("fixed-ceiling.yaml").toString(),
                "--strategy", FIXTURE.resolve("buffer-replenish.yaml").toString(),
                "--out", dir.resolve("out").toString()));
        a.addAll(List.of(more));
        return a;
    }

    @Test
    void writesTheReportTheJsonAndTheCsv() throws IOException {
        int code = run(fixtureArgs("--set", "buffer-replenish.order_type=market").toArray(String[]::new));
        assertThat(code).as(stderr()).isZero();
        Path o = dir.resolve("out");
        String html = Files.readString(o.resolve("report.html"));
        assertThat(html).contains("uPlot").contains("fixed-ceiling").contains("auto (baseline)")
                .doesNotContain("src=\"http").doesNotContain("href=\"http");
        assertThat(Files.readString(o.resolve("results.json"))).contains("\"sha256\"").contains("\"comparison\"");
        List<String> csv = Files.readAllLines(o.resolve("results.csv"));
        assertThat(csv).hasSize(4);
        assertThat(csv.get(0)).startsWith("strategy,type,cost_usd");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("market VWAP").contains("report: ");
    }

    @Test
    void theReportGivesEachStrategyConfidenceIntervalsThatTheSeedFixes() throws IOException {
        assertThat(run(fixtureArgs("--seed", "5").toArray(String[]::new))).as(stderr()).isZero();
        String first = out.toString(StandardCharsets.UTF_8);
        assertThat(first).contains("95% confidence intervals (block bootstrap by day):")
                .contains("  fixed-ceiling: ").contains(" vs auto (95% CI ")
                .contains("against each order's own benchmarks").contains("vs arrival mid ");
        assertThat(Files.readString(dir.resolve("out").resolve("results.json"))).contains("\"intervals\"");
        assertThat(Files.readString(dir.resolve("out").resolve("report.html"))).contains("How sure")
                .contains("Per week");
        assertThat(Files.readAllLines(dir.resolve("out").resolve("weekly.csv")).get(0))
                .isEqualTo("strategy,week,days,cost_usd,units,orders_completed,avg_price_usd,vs_auto_pct");
        out.reset();
        assertThat(run(fixtureArgs("--seed", "5").toArray(String[]::new))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).replaceAll("report: .*", ""))
                .isEqualTo(first.replaceAll("report: .*", ""));
    }

    @Test
    void fromAndToReplayOnlyThatPeriodAndTheReportSaysWhich() throws IOException {
        int code = run(fixtureArgs("--from", "2026-08-01T02:00:00Z", "--to", "2026-08-01T04:00:00Z")
                .toArray(String[]::new));
        assertThat(code).as(stderr()).isZero();
        assertThat(Files.readString(dir.resolve("out").resolve("results.json")))
                .contains("\"period\" : \"2026-08-01T02:00:00Z to 2026-08-01T04:00:00Z\"");
        assertThat(stderr()).contains("loaded 120 bars");
    }

    @Test
    void aBadFromExitsTwoNamingTheOptionBeforeLoading() {
        int code = run(fixtureArgs("--from", "yesterday").toArray(String[]::new));
        assertThat(code).isEqualTo(2);
        assertThat(stderr()).startsWith("backtest: --from must be an ISO-8601 instant").doesNotContain("loading");
    }

    @Test
    void aPeriodOutsideTheDataNamesWhatItCovers() {
        int code = run(fixtureArgs("--from", "2026-09-01").toArray(String[]::new));
        assertThat(code).isEqualTo(2);
        assertThat(stderr()).contains("2026-09-01T00:00:00Z must be before --to 2026-08-01T06:00:00Z");
    }

    @Test
    void aPlugInStrategyIsLoadedFromTheClasspathOption() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/com/acme"));
        Files.writeString(src.resolve("OneBuy.java"), """
                package com.acme;

                import io.gridbench.backtest.strategy.Strategy;
                import io.gridbench.backtest.strategy.StrategyContext;
                import io.gridbench.backtest.strategy.StrategyParameters;

                public class OneBuy implements Strategy {
                    private final long units;

                    public OneBuy(StrategyParameters p) {
                        units = p.whole("units", 1);
                    }

                    @Override
                    public void onStart(StrategyContext ctx) {
                        ctx.orders().buyMarket(units);
                    }
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int compiled = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d",
                classes.toString(), "-cp", System.getProperty("java.class.path"),
                src.resolve("OneBuy.java").toString());
        assertThat(compiled).isZero();
        Path file = Files.writeString(dir.resolve("one.yaml"), "type: class\nclass: com.acme.OneBuy\nunits: 3\n");
        int code = run("--candles", FIXTURE.resolve("candles-1m.csv").toString(), "--classpath", classes.toString(),
                "--strategy", file.toString(), "--out", dir.resolve("out").toString());
        assertThat(code).as(stderr()).isZero();
        assertThat(Files.readAllLines(dir.resolve("out").resolve("results.csv")).get(1))
                .startsWith("one,com.acme.OneBuy,").contains(",3,");
    }

    @Test
    void withoutTheClasspathOptionThePlugInIsNotFoundAndTheMessageSaysWhere() throws IOException {
        Path file = Files.writeString(dir.resolve("one.yaml"), "type: class\nclass: com.acme.Missing\n");
        int code = run("--candles", FIXTURE.resolve("candles-1m.csv").toString(), "--strategy", file.toString(),
                "--out", dir.resolve("out").toString());
        assertThat(code).isEqualTo(2);
        assertThat(stderr()).startsWith(file + ":2:8: key 'class': class 'com.acme.Missing' not found; put its jar"
                + " or classes folder on --classpath");
    }

    @Test
    void aClasspathEntryThatDoesNotExistIsNamed() {
        int code = run(fixtureArgs("--classpath", dir.resolve("gone.jar").toString()).toArray(String[]::new));
        assertThat(code).isEqualTo(2);
        assertThat(stderr()).contains("--classpath: " + dir.resolve("gone.jar") + ": no such jar or folder");
    }

    @Test
    void theCommandIsRegisteredInMain() {
        assertThat(Main.commandLine().getSubcommands()).containsKey("backtest");
    }

    @Test
    void aDataErrorPrintsFileLineColumnAndExitsTwo() throws IOException {
        Path bad = dir.resolve("candles-1m.csv");
        Files.writeString(bad, "timestamp,open,high,low,close,volume\n2026-08-01T00:00:00Z,1,1,1,1,1\n"
                + "2026-08-01T00:01:00Z,1,oops,1,1,1\n");
        int code = run("--candles", bad.toString(), "--strategy", FIXTURE.resolve("auto.yaml").toString(),
                "--out", dir.resolve("o").toString());
        assertThat(code).isEqualTo(2);
        assertThat(stderr()).startsWith(bad + ":3:3: column 'high': ");
    }

    @Test
    void anUnknownStrategyKeyExitsTwoNamingFileAndKey() throws IOException {
        Path s = dir.resolve("s.yaml");
        Files.writeString(s, "type: auto\nbuy_qty: 2\n");
        int code = run("--candles", FIXTURE.resolve("candles-1m.csv").toString(), "--strategy", s.toString(),
                "--out", dir.resolve("o").toString());
        assertThat(code).isEqualTo(2);
        assertThat(stderr()).contains(s.toString()).contains("'buy_qty'");
    }

    @Test
    void anUnknownFillModelExitsTwo() {
        int code = run(fixtureArgs("--fill", "optimistic").toArray(String[]::new));
        assertThat(code).isEqualTo(2);
        assertThat(stderr()).contains("optimistic");
    }

    @Test
    void aMissingCandlesFileIsOneLineNamingItAndExitsTwo() {
        Path missing = dir.resolve("nope.csv");
        int code = run("--candles", missing.toString(), "--interval", "1m",
                "--strategy", FIXTURE.resolve("auto.yaml").toString(), "--out", dir.resolve("o").toString());
        assertThat(code).isEqualTo(2);
        assertThat(stderr().strip()).isEqualTo("backtest: " + missing + ": no such file");
    }

    @Test
    void aMissingFileWithoutAnIntervalSaysTheFileIsMissing() {
        Path missing = dir.resolve("nope.csv");
        int code = run("--candles", missing.toString(), "--strategy", FIXTURE.resolve("auto.yaml").toString(),
                "--out", dir.resolve("o").toString());
        assertThat(code).isEqualTo(2);
        assertThat(stderr()).contains(missing + ": no such file").doesNotContain("interval");
    }

    @Test
    void aMissingTradesFileIsNamed() {
        Path missing = dir.resolve("trades-gone.csv");
        int code = run("--candles", FIXTURE.resolve("candles-1m.csv").toString(), "--trades", missing.toString(),
                "--strategy", FIXTURE.resolve("auto.yaml").toString(), "--out", dir.resolve("o").toString());
        assertThat(code).isEqualTo(2);
        assertThat(stderr()).contains(missing + ": no such file");
    }

    @Test
    void participationIsAPercentWithOrWithoutTheSign() {
        assertThat(FillOptions.participationBps("10")).isEqualTo(1000);
        assertThat(FillOptions.participationBps("10%")).isEqualTo(1000);
        assertThat(FillOptions.participationBps(" 2.5 % ")).isEqualTo(250);
        assertThat(FillOptions.participationBps("100%")).isEqualTo(10_000);
    }

    @Test
    void participationOutOfRangeOrNotANumberExitsTwoNamingTheOption() {
        for (String bad : List.of("0", "150%", "-5", "abc", "NaN")) {
            err.reset();
            int code = run(fixtureArgs("--participation", bad).toArray(String[]::new));
            assertThat(code).as(bad).isEqualTo(2);
            assertThat(stderr()).as(bad).contains("--participation must be a percentage from 0.01 to 100")
                    .contains("'" + bad + "'");
        }
    }

    @Test
    void aBadSetValueNamesTheSetOptionNotTheStrategyFile() {
        int code = run(fixtureArgs("--set", "max_price=abc").toArray(String[]::new));
        assertThat(code).isEqualTo(2);
        assertThat(stderr()).startsWith("--set max_price=abc: key 'max_price': ");
    }
}
