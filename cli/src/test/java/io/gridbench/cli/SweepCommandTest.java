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

class SweepCommandTest {
    private static final Path FIXTURE = Path.of("..", "backtest", "src", "test", "resources", "fixture");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... more) {
        List<String> a = new ArrayList<>(List.of("--candles", FIXTURE.resolve("candles-1m.csv").toString(),
                "--trades", FIXTURE.resolve("trades.csv").toString(),
                "--demand", FIXTURE.resolve("demand.yaml").toString(),
                "--strategy", FIXTURE.resolve("fixed-ceiling.yaml").toString(),
                "--out", dir.resolve("out").toString(), "--threads", "2"));
        a.addAll(List.of(more));
        SweepCommand cmd = new SweepCommand();
        cmd.stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        cmd.stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new CommandLine(cmd).execute(a.toArray(String[]::new));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesOneCsvRowPerVariantInGridOrderAndASelfContainedReport() throws IOException {
        int code = run("--vary", "max_price=2.36..2.40:0.02", "--vary", "window=1h,2h");
        assertThat(code).as(stderr()).isZero();
        List<String> csv = Files.readAllLines(dir.resolve("out").resolve("results.csv"));
        assertThat(csv).hasSize(7);
        assertThat(csv.get(0)).startsWith("variant,rank,max_price,window,cost_with_shortfall_usd,strategy,");
        assertThat(csv.subList(1, 7)).extracting(l -> l.substring(0, l.indexOf(','))).containsExactly(
                "0", "1", "2", "3", "4", "5");
        assertThat(csv.get(4)).contains(",2.38,2h,");
        String html = Files.readString(dir.resolve("out").resolve("report.html"));
        assertThat(html).contains("uPlot").contains("Cost against waiting").doesNotContain("src=\"http");
        assertThat(Files.readString(dir.resolve("out").resolve("results.json"))).contains("\"variants\"");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("best 6 of 6").contains("auto (baseline)")
                .contains("average price against #1, 95% confidence intervals").contains("#2 ");
        assertThat(html).contains("vs #1").contains("Cost over two parameters").contains("<th>max_price \\ window</th>");
        assertThat(stderr()).contains("sweeping 6 variants");
    }

    @Test
    void fromAndToSweepOnlyThatPeriod() throws IOException {
        int code = run("--vary", "max_price=2.36,2.40", "--from", "2026-08-01T01:00:00Z", "--to",
                "2026-08-01T03:00:00Z");
        assertThat(code).as(stderr()).isZero();
        assertThat(stderr()).contains("loaded 120 bars");
        assertThat(Files.readString(dir.resolve("out").resolve("results.json")))
                .contains("\"period\" : \"2026-08-01T01:00:00Z to 2026-08-01T03:00:00Z\"");
    }

    @Test
    void walkForwardReportsEachWindowsChoiceInAndOutOfSample() throws IOException {
        int code = run("--vary", "max_price=2.36,2.40", "--walk-forward", "train=2h,test=1h");
        assertThat(code).as(stderr()).isZero();
        List<String> csv = Files.readAllLines(dir.resolve("out").resolve("walk-forward.csv"));
        assertThat(csv).hasSize(5);
        assertThat(csv.get(0)).startsWith("window,train_from,train_to,test_from,test_to,max_price,in_sample_avg_usd");
        assertThat(csv.get(1)).startsWith("1,2026-08-01T00:00:00Z,2026-08-01T02:00:00Z,2026-08-01T02:00:00Z,"
                + "2026-08-01T03:00:00Z,");
        assertThat(Files.readString(dir.resolve("out").resolve("report.html"))).contains("Walk-forward")
                .contains("out-of-sample");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("in-sample").contains("out-of-sample")
                .contains("pooled");
    }

    @Test
    void aBadWalkForwardSpecExitsTwoNamingTheOptionBeforeLoading() {
        assertThat(run("--vary", "max_price=2.36,2.40", "--walk-forward", "train=2h")).isEqualTo(2);
        assertThat(stderr()).startsWith("--walk-forward: key 'test': is required").doesNotContain("loaded");
    }

    @Test
    void theCommandIsRegisteredInMain() {
        assertThat(Main.commandLine().getSubcommands()).containsKey("sweep");
    }

    @Test
    void aBadSweepSpecExitsTwoNamingVaryAndTheKey() {
        assertThat(run("--vary", "max_price=2.40..2.30:0.01")).isEqualTo(2);
        assertThat(stderr()).startsWith("--vary: key 'max_price': range end");
    }

    @Test
    void anUnknownSweptKeyExitsTwoBeforeLoadingData() {
        assertThat(run("--vary", "max_prize=2.30,2.40")).isEqualTo(2);
        assertThat(stderr()).contains("key 'max_prize'").contains("has no parameter").doesNotContain("loading");
    }

    @Test
    void aKeyBothFixedAndSweptIsAnError() {
        assertThat(run("--vary", "max_price=2.30,2.40", "--set", "max_price=2.35")).isEqualTo(2);
        assertThat(stderr()).contains("key 'max_price'").contains("--set");
    }

    @Test
    void sweepsRelativePrices() throws IOException {
        int code = run("--vary", "max_price=vwap-2%,vwap-1%,vwap");
        assertThat(code).as(stderr()).isZero();
        List<String> csv = Files.readAllLines(dir.resolve("out").resolve("results.csv"));
        assertThat(csv).hasSize(4);
        assertThat(csv.get(1)).contains(",vwap-2%,");
        assertThat(csv.get(3)).contains(",vwap,");
    }

    @Test
    void aMalformedRelativePriceExitsTwoShowingTheAcceptedForms() {
        assertThat(run("--vary", "max_price=vwap-1%,vwap-one%")).isEqualTo(2);
        assertThat(stderr()).contains("max_price=vwap-one%").contains("'max_price'").contains("vwap(<window>");
    }

    @Test
    void aMissingCandlesFileIsOneLineNamingItAndExitsTwo() {
        SweepCommand cmd = new SweepCommand();
        cmd.stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        cmd.stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        Path missing = dir.resolve("nope.csv");
        int code = new CommandLine(cmd).execute("--candles", missing.toString(), "--interval", "1m",
                "--strategy", FIXTURE.resolve("fixed-ceiling.yaml").toString(), "--vary", "window=1h,2h",
                "--out", dir.resolve("o").toString());
        assertThat(code).isEqualTo(2);
        assertThat(stderr().strip()).isEqualTo("sweep: " + missing + ": no such file");
    }

    @Test
    void aBadSetValueNamesTheSetOption() {
        int code = run("--vary", "window=1h,2h", "--set", "max_price=abc");
        assertThat(code).isEqualTo(2);
        assertThat(stderr()).startsWith("--set max_price=abc: key 'max_price': ");
    }

    @Test
    void participationAcceptsAPercentSign() {
        int code = run("--vary", "window=1h,2h", "--participation", "10%");
        assertThat(code).as(stderr()).isZero();
    }
}
