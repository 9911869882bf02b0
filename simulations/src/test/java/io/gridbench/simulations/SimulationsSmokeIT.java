package io.gridbench.simulations;

import io.gridbench.simulations.launch.GatlingRun;
import io.gridbench.simulations.slo.GoodputReport;
import io.gridbench.simulations.streaming.StreamReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every simulation, run for a few seconds by Gatling itself against the in-process simulated exchange, passes with
 * no failed request at all: a broken endpoint, a signature the server refuses or a stream that never ends fails the
 * build. No latency gate: this machine is shared and noisy, so only correctness is asserted.
 */
class SimulationsSmokeIT {
    private static final Map<String, String> SHORT_RUN = Map.of(
            "gridbench.duration", "4",
            "gridbench.rate", "4",
            "gridbench.traders", "4",
            "gridbench.batch.size", "6",
            "gridbench.assert.errorPct", "0");

    @TempDir
    Path results;

    @AfterEach
    void clearProperties() {
        SHORT_RUN.keySet().forEach(System::clearProperty);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"orders", "completions", "batch", "replenish"})
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void runsWithoutAFailedRequestAndWritesItsReports(String simulation) throws IOException {
        SHORT_RUN.forEach(System::setProperty);

        int exitCode = GatlingRun.run(simulation, results);

        assertThat(exitCode).as("Gatling's exit code (2 = a gate failed)").isZero();
        List<Path> runs = runFolders();
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).resolve("index.html")).exists();
        assertThat(runs.get(0).resolve(GoodputReport.JSON)).content().contains("\"goodput_per_second\"");
        if (!simulation.equals("orders")) {
            assertThat(runs.get(0).resolve(StreamReport.JSON)).content().contains("\"completions\"");
        }
    }

    private List<Path> runFolders() throws IOException {
        try (Stream<Path> files = Files.list(results)) {
            return files.filter(Files::isDirectory).toList();
        }
    }
}
