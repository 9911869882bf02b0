package io.gridbench.simulations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridbench.simulations.launch.GatlingRun;
import io.gridbench.simulations.slo.GoodputReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The closed model for real, against the in-process simulated exchange at chat-fast's published profile: a streamed
 * completion takes about 0.7 s, longer than the 200 ms pace, so every user is in the middle of an iteration when the
 * run's time is up. That iteration runs to its end instead of being cut off and counted as a failed request.
 */
class ClosedModelIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> RUN = Map.of(
            "gridbench.model", "closed",
            "gridbench.users", "3",
            "gridbench.duration", "3",
            "gridbench.traders", "3",
            "gridbench.populations", "streamed",
            "gridbench.fastInference", "false",
            "gridbench.assert.errorPct", "0");

    @TempDir
    Path results;

    @AfterEach
    void clearProperties() {
        RUN.keySet().forEach(System::clearProperty);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void eachUsersLastIterationRunsToItsEnd() throws IOException {
        RUN.forEach(System::setProperty);

        assertThat(GatlingRun.run("completions", results)).isZero();

        JsonNode goodput = JSON.readTree(run().resolve(GoodputReport.JSON).toFile());
        assertThat(goodput.path("requests").asLong()).isPositive();
        assertThat(goodput.path("failed").asLong()).isZero();
        assertThat(goodput.path("succeeded").asLong()).isEqualTo(goodput.path("requests").asLong());
    }

    private Path run() throws IOException {
        try (Stream<Path> files = Files.list(results)) {
            return files.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }
}
