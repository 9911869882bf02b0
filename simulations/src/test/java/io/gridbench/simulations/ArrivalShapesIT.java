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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The arrival shapes drive Gatling for real: a trace replays each of its requests once per pass, and bursty arrivals
 * run without a failed request. Against the in-process simulated exchange (fast inference).
 */
class ArrivalShapesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PROPERTIES = List.of("gridbench.trace", "gridbench.trace.speed",
            "gridbench.rate", "gridbench.duration", "gridbench.burstiness", "gridbench.traders",
            "gridbench.assert.errorPct");

    @TempDir
    Path results;

    @AfterEach
    void clearProperties() {
        PROPERTIES.forEach(System::clearProperty);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aTraceReplaysEachOfItsRequestsOnceInOnePass() throws IOException {
        Path trace = results.resolve("trace.csv");
        StringBuilder csv = new StringBuilder("offset_ms,prompt_tokens,max_tokens,stream\n");
        for (int i = 0; i < 12; i++) {
            csv.append(i * 150).append(',').append(20 + 50 * i).append(",16,").append(i % 3 != 0).append('\n');
        }
        Files.writeString(trace, csv);
        Map.of("gridbench.trace", trace.toString(), "gridbench.trace.speed", "2", "gridbench.traders", "4",
                "gridbench.assert.errorPct", "0").forEach(System::setProperty);

        assertThat(GatlingRun.run("completions", results)).isZero();

        JsonNode goodput = JSON.readTree(run().resolve(GoodputReport.JSON).toFile());
        assertThat(goodput.path("requests").asLong()).isEqualTo(12);
        assertThat(goodput.path("succeeded").asLong()).isEqualTo(12);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void burstyArrivalsRunWithoutAFailedRequest() throws IOException {
        Map.of("gridbench.rate", "5", "gridbench.duration", "4", "gridbench.burstiness", "0.25",
                "gridbench.traders", "4", "gridbench.assert.errorPct", "0").forEach(System::setProperty);

        assertThat(GatlingRun.run("completions", results)).isZero();

        JsonNode goodput = JSON.readTree(run().resolve(GoodputReport.JSON).toFile());
        assertThat(goodput.path("succeeded").asLong()).isPositive();
        assertThat(goodput.path("load").asText()).contains("gamma, burstiness 0.25");
    }

    private Path run() throws IOException {
        try (Stream<Path> files = Files.list(results)) {
            return files.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }
}
