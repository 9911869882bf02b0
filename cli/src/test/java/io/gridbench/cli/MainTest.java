package io.gridbench.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** How the command line answers a usage error. */
class MainTest {
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aUsageErrorPrintsTheMessageAndWhereTheHelpIsNotTheWholeUsage() {
        assertThat(run("backtest", "--strategy", "s.yaml")).isEqualTo(2);
        assertThat(err.toString().strip().lines().toList()).containsExactly(
                "Missing required option: '--candles=FILE'", "Try 'gridbench backtest --help'.");
    }

    @Test
    void anUnknownOptionIsNamedWithTheHelpPointer() {
        assertThat(run("exchange", "--port", "0", "--nosuch")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--nosuch'")
                .contains("Try 'gridbench exchange --help'.").doesNotContain("Usage:");
    }
}
