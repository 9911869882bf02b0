package io.gridbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridbench.exchange.client.TradingApiClient;
import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.grid.SimulatedGrid;
import io.gridbench.exchange.server.Credentials;
import io.gridbench.exchange.server.CredentialsFiles;
import io.gridbench.exchange.server.ExchangeServer;
import io.gridbench.exchange.signing.RequestSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./gridbench run} as its own process. Killed with SIGKILL once its first order is on the exchange, then
 * started again with the same journal: the restart finds that order instead of placing it again, and cancels it on
 * exit. Stopped with SIGTERM (what Ctrl-C does): it cancels its resting order and journals its end before exiting.
 */
class RunKillIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ExchangeServer server;
    private static String marketId;
    private final Map<Path, Credentials> accounts = new HashMap<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        ExchangeConfig config = ExchangeConfig.defaults();
        marketId = config.instrument("chat-fast").marketId();
        server = SimulatedGrid.builder(config).seed(31).fastInference(true).start(0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private Path newAccount(String name) throws IOException {
        Path env = dir.resolve(name + ".env");
        Credentials account = server.provisioner().openDemo();
        CredentialsFiles.writeEnv(env, account, server.baseUrl(), marketId);
        accounts.put(env, account);
        return env;
    }

    private JsonNode ordersOf(Path env) throws IOException {
        TradingApiClient client = new TradingApiClient(server.baseUrl(), new RequestSigner(accounts.get(env).keyPair()),
                Duration.ofSeconds(10));
        return client.get("/api/v1/trading/orders?limit=100").path("data");
    }

    private void awaitFirstOrder(Process process, Path journal, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (count(journal, "placed") == 0 && System.nanoTime() < deadline && process.isAlive()) {
            Thread.sleep(50);
        }
        assertThat(count(journal, "placed")).as(Files.readString(log)).isEqualTo(1);
    }

    private Process launch(Path env, Path journal, Path log) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                "io.gridbench.cli.Main", "run", "--strategy", "../examples/strategies/fixed-ceiling.yaml",
                "--set", "max_price=2.20", "--set", "units_per_window=2", "--set", "window=1h",
                "--credentials", env.toString(), "--journal", journal.toString(), "--duration", "20s",
                "--poll", "300ms", "--cancel-on-exit"));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static long count(Path journal, String type) throws IOException {
        Path file = journal.resolve("journal.jsonl");
        if (!Files.exists(file)) {
            return 0;
        }
        return Files.readAllLines(file).stream().filter(l -> l.contains("\"type\":\"" + type + "\"")).count();
    }

    @Test
    void aRunKilledAfterItsFirstOrderResumesWithoutPlacingItAgain() throws Exception {
        Path env = newAccount("killed");
        Path journal = dir.resolve("journal");

        Process first = launch(env, journal, dir.resolve("first.log"));
        awaitFirstOrder(first, journal, dir.resolve("first.log"));
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Process second = launch(env, journal, dir.resolve("second.log"));
        assertThat(second.waitFor(90, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(dir.resolve("second.log"));

        assertThat(second.exitValue()).as(log).isZero();
        assertThat(count(journal, "resume")).isEqualTo(1);
        JsonNode orders = ordersOf(env);
        assertThat(orders).hasSize(1);
        assertThat(orders.get(0).path("status").asText()).as("canceled on exit by the restarted run")
                .isEqualTo("canceled");
        assertThat(JSON.readTree(Files.readAllLines(journal.resolve("journal.jsonl")).get(0))
                .path("run_id").asText()).isNotEmpty();
    }

    @Test
    void ctrlCStopsCleanlyAndCancelsTheRestingOrder() throws Exception {
        Path env = newAccount("interrupted");
        Path journal = dir.resolve("interrupted");
        Path log = dir.resolve("interrupted.log");

        Process run = launch(env, journal, log);
        awaitFirstOrder(run, journal, log);
        run.destroy();

        assertThat(run.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(ordersOf(env).get(0).path("status").asText()).isEqualTo("canceled");
        List<String> lines = Files.readAllLines(journal.resolve("journal.jsonl"));
        assertThat(lines.get(lines.size() - 1)).contains("\"type\":\"end\"", "\"reason\":\"stopped\"");
        assertThat(Files.readString(log)).contains("canceled 1 resting order on exit", "ended: stopped");
    }
}
