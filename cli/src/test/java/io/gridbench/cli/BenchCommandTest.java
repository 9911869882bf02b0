package io.gridbench.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {

    private static BenchCommand parse(String... args) {
        BenchCommand command = new BenchCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void benchIsRegisteredInMain() {
        assertThat(Main.commandLine().getSubcommands()).containsKey("bench");
    }

    @Test
    void quickRunWithPatternPassesBothToTheGate() {
        assertThat(parse("--quick", "MatchingEngine").gateArguments())
                .containsSequence("--quick")
                .endsWith("MatchingEngine");
    }

    @Test
    void defaultsPointAtTheCheckoutsCommittedBaselineAndReportsFolder() {
        // Without -Dgridbench.home (set by ./gridbench) the checkout is the working directory.
        assertThat(parse().gateArguments()).containsExactly(
                "--baseline", Path.of("./benchmarks/baseline.json").toString(), "--reports", "./reports");
    }

    @Test
    void updateBaselineAndTargetsArePassedThrough() {
        assertThat(parse("--update-baseline", "--forks", "5", "--enforce-targets", "--retries", "0", "--min-ratio",
                "0.4", "--param", "book=array").gateArguments())
                .containsSequence("--param", "book=array")
                .contains("--update-baseline", "--enforce-targets")
                .containsSequence("--forks", "5")
                .containsSequence("--retries", "0")
                .containsSequence("--min-ratio", "0.4");
    }

    @Test
    void childJvmRunsTheGateClassFromTheJar() {
        assertThat(parse("--jar", "x/benchmarks.jar").command())
                .containsSequence("-cp", Path.of("x/benchmarks.jar").toString(), BenchCommand.GATE_CLASS);
    }

    @Test
    void missingJarExitsTwoSayingHowToBuildIt(@TempDir Path dir) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.commandLine().execute("bench", "--jar", dir.resolve("absent.jar").toString());
            assertThat(exit).isEqualTo(2);
        } finally {
            System.setErr(original);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("absent.jar not found")
                .contains("-pl benchmarks -am package");
    }
}
