package io.gridbench.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateDataCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @Test
    void writesTheSchemaFilesOfEachRequestedInstrument() {
        int exit = run("generate-data", "--days", "1", "--instrument", "chat-fast", "--out", dir.toString());

        assertThat(exit).isZero();
        assertThat(dir.resolve("chat-fast/candles-1m.csv.gz")).isRegularFile();
        assertThat(dir.resolve("chat-fast/trades.csv.gz")).isRegularFile();
        assertThat(dir.resolve("chat-fast/generator.json")).isRegularFile();
        assertThat(Files.exists(dir.resolve("text-prime"))).isFalse();
        assertThat(err.toString()).contains("day 1/1");
    }

    @Test
    void aMalformedStartDateIsRefusedNamingTheOption() {
        int exit = run("generate-data", "--start", "2026-13-01", "--out", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--start");
    }

    @Test
    void anUnknownInstrumentIsRefusedNamingTheOption() {
        int exit = run("generate-data", "--instrument", "gpt-9", "--days", "1", "--out", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--instrument", "gpt-9", "chat-fast");
    }

    @Test
    void zeroDaysIsRefused() {
        int exit = run("generate-data", "--days", "0", "--out", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--days");
    }
}
