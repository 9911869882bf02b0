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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class LoadCommandTest {
    @TempDir
    Path home;

    @BeforeEach
    void fakeSimulationsBuild() throws IOException {
        Path built = Files.createDirectories(home.resolve("simulations/target"));
        Files.writeString(built.resolve("classpath.txt"), "/m2/gatling.jar:/m2/netty.jar\n");
    }

    @Test
    void aRateRunsTheOpenModelWithTheGatesAsSystemProperties() {
        List<String> command = childCommand("orders", "--rate", "30", "--duration", "20", "--assert-p99-ms", "250",
                "--assert-error-pct", "0");

        assertThat(command).contains("-Dgridbench.model=open", "-Dgridbench.rate=30.0", "-Dgridbench.duration=20",
                "-Dgridbench.assert.p99Ms=250", "-Dgridbench.assert.errorPct=0.0", "-Dgridbench.target=simulated");
        assertThat(command.subList(command.size() - 3, command.size()))
                .containsExactly(LoadCommand.LAUNCHER, "orders", home.resolve("out").toAbsolutePath().toString());
    }

    @Test
    void usersRunTheClosedModel() {
        assertThat(childCommand("completions", "--users", "6")).contains("-Dgridbench.model=closed",
                "-Dgridbench.users=6");
    }

    @Test
    void runsGatlingWithItsJvmFlagsOnTheSimulationsTestClasspath() {
        List<String> command = childCommand("batch");

        assertThat(command).containsSubsequence("-Xmx1G", "--add-opens=java.base/java.lang=ALL-UNNAMED");
        assertThat(command.get(command.indexOf("-cp") + 1))
                .startsWith(home.resolve("simulations/target/test-classes").toAbsolutePath().toString())
                .endsWith("/m2/gatling.jar:/m2/netty.jar");
    }

    @Test
    void anSloIsPassedToTheSimulationForGoodput() {
        assertThat(childCommand("completions", "--slo", "ttft_p95=800ms,errors=0.5%"))
                .contains("-Dgridbench.slo=ttft_p95=800ms,errors=0.5%");
    }

    @Test
    void passesAnyOtherSimulationProperty() {
        assertThat(childCommand("replenish", "-D", "replenish.orderType=market"))
                .contains("-Dgridbench.replenish.orderType=market");
    }

    @Test
    void aStreamsOnlyRunPassesThePopulationsProperty() {
        assertThat(childCommand("completions", "--users", "10000", "-D", "populations=streamed"))
                .contains("-Dgridbench.populations=streamed", "-Dgridbench.users=10000");
    }

    @Test
    void anUnknownSimulationIsAUsageErrorNamingTheParameter() {
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setErr(new PrintWriter(err))
                .execute("load", "soak", "--home", home.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("SIMULATION: unknown simulation 'soak'");
    }

    @Test
    void aRateAndUsersTogetherAreRefused() {
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setErr(new PrintWriter(err))
                .execute("load", "orders", "--rate", "5", "--users", "3", "--home", home.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("mutually exclusive");
    }

    @Test
    void aMissingSimulationsBuildSaysHowToBuildIt() throws IOException {
        Files.delete(home.resolve("simulations/target/classpath.txt"));
        StringWriter err = new StringWriter();

        int code = Main.commandLine().setErr(new PrintWriter(err)).execute("load", "orders", "--home", home.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("./mvnw -q -B -pl simulations -am test-compile");
    }

    @Test
    void anUnknownPropertyIsRefusedWithTheKnownOnes() {
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setErr(new PrintWriter(err))
                .execute("load", "orders", "-D", "assert.p95ms=50", "--home", home.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("-D assert.p95ms: unknown simulation property; known: ")
                .contains("assert.p95Ms").contains("replenish.orderType");
    }

    @Test
    void theKnownPropertiesIncludeEveryGate() {
        assertThat(LoadCommand.PROPERTIES).contains("assert.p95Ms", "assert.p99Ms", "assert.ttftP95Ms",
                "assert.ttftP99Ms", "assert.errorPct").doesNotContain("nosuch");
    }

    @Test
    void aLiveTargetWithoutItsEnvironmentNamesEveryMissingVariable() {
        assertThat(LoadCommand.missingLiveVariables(Map.of())).containsExactly("TRADING_BASE_URL",
                "CONSUMPTION_BASE_URL", "GRID_ACCOUNTS_CSV or GRID_TRADING_PRIVATE_KEY, GRID_CONSUMPTION_API_KEY,"
                        + " GRID_TRADING_FINGERPRINT or GRID_TRADING_PUBLIC_KEY");
    }

    @Test
    void aLiveTargetWithUrlsAndAnAccountsCsvOrOneTraderIsComplete() {
        Map<String, String> urls = Map.of("TRADING_BASE_URL", "https://x", "CONSUMPTION_BASE_URL", "https://y");
        Map<String, String> csv = new HashMap<>(urls);
        csv.put("GRID_ACCOUNTS_CSV", "a.csv");
        Map<String, String> trader = new HashMap<>(urls);
        trader.putAll(Map.of("GRID_TRADING_PRIVATE_KEY", "k", "GRID_CONSUMPTION_API_KEY", "a",
                "GRID_TRADING_PUBLIC_KEY", "p"));
        assertThat(LoadCommand.missingLiveVariables(csv)).isEmpty();
        assertThat(LoadCommand.missingLiveVariables(trader)).isEmpty();
    }

    private List<String> childCommand(String... args) {
        LoadCommand load = new LoadCommand();
        String[] withHome = Stream.concat(Arrays.stream(args), Stream.of("--home", home.toString()))
                .toArray(String[]::new);
        new CommandLine(load).parseArgs(withHome);
        return load.childCommand(home.resolve("out"));
    }
}
