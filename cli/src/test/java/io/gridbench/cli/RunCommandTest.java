package io.gridbench.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Option checks of {@code run} that need no exchange: each refusal is exit 2 with one line naming the option. */
class RunCommandTest {
    private static final String STRATEGY = "../examples/strategies/buffer-replenish.yaml";
    /** The key of seed bytes 0x00..0x1f (see STACK-NOTES): valid, and no account anywhere. */
    private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final StringWriter usage = new StringWriter();

    private int run(String... args) {
        RunCommand cmd = new RunCommand();
        cmd.stdout = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        cmd.stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        CommandLine cli = new CommandLine(cmd);
        cli.setErr(new PrintWriter(usage, true));
        return cli.execute(args);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8) + usage;
    }

    private Path credentials(String baseUrl) throws IOException {
        Path file = dir.resolve("grid.env");
        Files.writeString(file, "TRADING_BASE_URL='" + baseUrl + "'\nGRID_TRADING_PRIVATE_KEY='" + KEY + "'\n");
        return file;
    }

    @Test
    void aBaseUrlOffThisMachineWithoutLiveExitsTwoWithOneLine() throws IOException {
        int exit = run("--strategy", STRATEGY, "--credentials", credentials("https://trading.example.com").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(errors().strip()).doesNotContain("\n").contains("https://trading.example.com", "--live");
    }

    @Test
    void aLiveRunWithoutASpendingCapIsRefused() throws IOException {
        int exit = run("--strategy", STRATEGY, "--credentials", credentials("https://trading.example.com").toString(),
                "--live");

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("--max-spend");
    }

    @Test
    void aMalformedDurationNamesTheOption() throws IOException {
        int exit = run("--strategy", STRATEGY, "--credentials", credentials("http://127.0.0.1:1").toString(),
                "--duration", "soon");

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("--duration", "soon");
    }

    @Test
    void aNegativeSpendCapIsRefused() throws IOException {
        int exit = run("--strategy", STRATEGY, "--credentials", credentials("http://127.0.0.1:1").toString(),
                "--max-spend", "-1");

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("--max-spend");
    }

    @Test
    void anOrderSizeCapBelowOneUnitIsRefused() throws IOException {
        int exit = run("--strategy", STRATEGY, "--credentials", credentials("http://127.0.0.1:1").toString(),
                "--max-order-units", "0");

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("--max-order-units");
    }

    @Test
    void demandAndAccountBalanceExcludeEachOther() throws IOException {
        int exit = run("--strategy", STRATEGY, "--credentials", credentials("http://127.0.0.1:1").toString(),
                "--demand", "../examples/demand/steady.yaml", "--account-balance");

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("--demand", "--account-balance");
    }

    @Test
    void aCredentialsFileWithoutAKeyIsRefused() throws IOException {
        Path file = dir.resolve("nokey.env");
        Files.writeString(file, "TRADING_BASE_URL='http://127.0.0.1:1'\n");

        int exit = run("--strategy", STRATEGY, "--credentials", file.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("GRID_TRADING_PRIVATE_KEY");
    }

    @Test
    void aBadStrategyFileNamesFileLineAndColumn() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "type: buffer-replenish\nmin_balance: lots\n");

        int exit = run("--strategy", bad.toString(), "--credentials", credentials("http://127.0.0.1:1").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("bad.yaml:2:");
    }

    @Test
    void anUnreachableExchangeIsExitOneAndNothingIsOrdered() throws IOException {
        int exit = run("--strategy", STRATEGY, "--credentials", credentials("http://127.0.0.1:1").toString(),
                "--journal", dir.resolve("j").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(errors()).contains("run: error:", "127.0.0.1:1");
    }
}
