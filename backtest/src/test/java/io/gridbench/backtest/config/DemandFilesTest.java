package io.gridbench.backtest.config;

import io.gridbench.backtest.demand.Job;
import io.gridbench.backtest.demand.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.gridbench.backtest.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemandFilesTest {
    private static final long H = 3_600_000L;

    @TempDir
    Path dir;

    private Workload load(String yaml, long seed) throws IOException {
        Path p = dir.resolve("demand.yaml");
        Files.writeString(p, yaml);
        return DemandFiles.load(p, T0, T0 + 24 * H, seed);
    }

    @Test
    void readsBalanceConstantDemandAndJobs() throws IOException {
        Workload w = load("initial_balance: 1.5\nconsumption: {type: constant, tokens_per_hour: 3600}\n"
                + "jobs:\n  - {at: +2h, tokens: 5}\n  - {at: '2026-08-01T01:00:00Z', tokens: 7}\n", 1);
        assertThat(w.initialBalanceTokens()).isEqualTo(1_500_000);
        assertThat(w.demand().cumulativeTokens(T0 + H)).isEqualTo(3600);
        assertThat(w.jobs()).containsExactly(new Job(T0 + H, 7), new Job(T0 + 2 * H, 5));
    }

    @Test
    void promptJobsUseTheSeedEstimate() throws IOException {
        Workload w = load("jobs:\n  - {at: +1h, prompts: ['What is 2 + 2?', 'Name three colors.']}\n", 1);
        // ceil((14 + 50) / 4) + ceil((18 + 50) / 4) = 16 + 17
        assertThat(w.jobs().get(0).tokens()).isEqualTo(33);
    }

    @Test
    void randomJobsAreReproducibleFromTheSeed() throws IOException {
        String yaml = "random_jobs: {per_day: 20, min_tokens: 100, max_tokens: 900}\n";
        assertThat(load(yaml, 42).jobs()).isEqualTo(load(yaml, 42).jobs()).isNotEqualTo(load(yaml, 43).jobs());
    }

    @Test
    void recurringJobsRepeatUntilTheEnd() throws IOException {
        assertThat(load("recurring_jobs: {every: 4h, tokens: 10}\n", 1).jobs()).hasSize(5);
    }

    @Test
    void dailyProfileNeedsTwentyFourWeights() throws IOException {
        assertThatThrownBy(() -> load("consumption: {type: daily-profile, tokens_per_day: 10, hourly_weights: [1]}\n",
                1)).isInstanceOf(ConfigException.class).hasMessageContaining("consumption.hourly_weights");
    }

    @Test
    void unknownNestedKeyIsNamedWithItsPath() throws IOException {
        assertThatThrownBy(() -> load("consumption: {type: constant, tokens_per_hour: 5, rate: 3}\n", 1))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'consumption.rate'");
    }

    @Test
    void badJobInstantIsNamed() throws IOException {
        assertThatThrownBy(() -> load("jobs:\n  - {at: tomorrow, tokens: 5}\n", 1))
                .hasMessageContaining("'jobs[0].at'");
    }

    @Test
    void anUnknownNestedKeyPointsAtItsLineAndColumn() throws IOException {
        assertThatThrownBy(() -> load("consumption:\n  type: constant\n  tokens_per_hour: 5\n  rate: 3\n", 1))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("demand.yaml:4:3: key 'consumption.rate': unknown key");
    }

    @Test
    void aBadValueInAListPointsAtTheValue() throws IOException {
        assertThatThrownBy(() -> load("jobs:\n  - at: +1h\n    tokens: 5\n  - at: soon\n    tokens: 5\n", 1))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("demand.yaml:4:9: key 'jobs[1].at'");
    }
}
