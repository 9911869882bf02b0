package io.gridbench.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CapacityCommandTest {
    @TempDir
    Path home;

    @BeforeEach
    void fakeSimulationsBuild() throws IOException {
        Path built = Files.createDirectories(home.resolve("simulations/target"));
        Files.writeString(built.resolve("classpath.txt"), "/m2/gatling.jar\n");
    }

    @Test
    void passesTheSearchToTheCapacityRunnerWithStepsInWholeSeconds() {
        List<String> command = childCommand("completions", "--slo", "ttft_p95=500ms", "--from-rate", "16",
                "--step-duration", "2m", "--warmup", "5000ms", "--assert-min-rate", "100", "-D",
                "fastInference=false");

        assertThat(command).contains("-Dgridbench.fastInference=false", "-Dgridbench.target=simulated");
        assertThat(command.subList(command.indexOf(CapacityCommand.LAUNCHER), command.size())).containsExactly(
                CapacityCommand.LAUNCHER, "completions", home.resolve("out").toAbsolutePath().toString(),
                "slo=ttft_p95=500ms", "from=16.0", "to=16384.0", "step=120", "warmup=5", "minRate=100.0");
    }

    @Test
    void theSloIsRequired() {
        assertThat(errorOf("capacity", "completions")).contains("Missing required option: '--slo=TERMS'");
    }

    @Test
    void onlyCompletionsAndOrdersCanBeSearched() {
        assertThat(errorOf("capacity", "batch", "--slo", "p99=1s"))
                .contains("SIMULATION: capacity drives completions or orders, not 'batch'");
    }

    @Test
    void aPropertyEachStepSetsItselfIsRefused() {
        assertThat(errorOf("capacity", "orders", "--slo", "p99=1s", "-D", "rate=5"))
                .contains("-D rate: capacity sets it for every step");
    }

    @Test
    void aStepOfPartSecondsIsRefused() {
        assertThat(errorOf("capacity", "orders", "--slo", "p99=1s", "--step-duration", "1500ms"))
                .contains("--step-duration: whole seconds only");
    }

    private String errorOf(String... args) {
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Arrays.stream(args), Stream.of("--home", home.toString()))
                .toArray(String[]::new);
        int code = Main.commandLine().setErr(new PrintWriter(err)).execute(all);
        assertThat(code).isEqualTo(2);
        return err.toString();
    }

    private List<String> childCommand(String... args) {
        CapacityCommand command = new CapacityCommand();
        new CommandLine(command).parseArgs(Stream.concat(Arrays.stream(args), Stream.of("--home", home.toString()))
                .toArray(String[]::new));
        return command.childCommand(home.resolve("out"));
    }
}
