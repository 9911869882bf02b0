package io.gridbench.simulations.capacity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridbench.simulations.slo.Slo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capacity searches of short steps against the embedded simulated exchange (fast inference): the rates are low
 * enough for a busy 2-core machine, so only the search's mechanics and its reports are asserted, not a capacity.
 */
class CapacityRunIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void aLenientSloPassesEveryDoublingStepAndTheReportLinksEachStep() throws IOException {
        int code = CapacityRun.run(options("completions", "p99=10s,errors=5%", 4, 8, Double.NaN));

        assertThat(code).isZero();
        JsonNode capacity = JSON.readTree(folder.resolve(CapacityReport.JSON).toFile());
        assertThat(capacity.path("highest_passing_rate").asDouble()).isEqualTo(8.0);
        assertThat(capacity.path("steps")).hasSize(2);
        for (JsonNode step : capacity.path("steps")) {
            assertThat(step.path("passed").asBoolean()).isTrue();
            assertThat(folder.resolve(step.path("gatling_report").asText())).exists();
        }
        assertThat(folder.resolve(CapacityReport.HTML)).content()
                .contains("completions met the SLO p99=10000ms,errors=5% up to 8 requests/s", "uPlot");
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void anSloNoRateCanMeetFailsTheMinimumRateGateWithExit2() throws IOException {
        // orders streams nothing, so a time-to-first-token term has no sample and cannot hold at any rate
        int code = CapacityRun.run(options("orders", "ttft_p95=1s", 7, 56, 7));

        assertThat(code).isEqualTo(2);
        JsonNode capacity = JSON.readTree(folder.resolve(CapacityReport.JSON).toFile());
        assertThat(capacity.path("steps")).hasSize(1);
        assertThat(capacity.path("highest_passing_rate").isNull()).isTrue();
        assertThat(capacity.path("answer").asText()).startsWith("No tested rate of orders met the SLO ttft_p95=1000ms");
    }

    private CapacityRun.Options options(String simulation, String slo, double from, double to, double minRate) {
        return new CapacityRun.Options(simulation, folder, Slo.parse(slo), new SearchPlan(from, to, 0.1, 2), 3, 1,
                minRate);
    }
}
