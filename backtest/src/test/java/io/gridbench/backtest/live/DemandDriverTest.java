package io.gridbench.backtest.live;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridbench.backtest.demand.ConstantDemand;
import io.gridbench.backtest.demand.DemandModel;
import io.gridbench.backtest.demand.Job;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.exchange.client.ApiStatusException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The demand side of a live run with a fake Consumption API: chunks, stock-outs and jobs. */
class DemandDriverTest {
    /** 1,000 tokens a second from t = 0. */
    private static final DemandModel THOUSAND_A_SECOND = new ConstantDemand(0, 3_600_000d);

    @TempDir
    Path dir;

    private Journal journal;
    private final List<Integer> budgets = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws IOException {
        journal = Journal.open(dir, () -> 0L);
    }

    @AfterEach
    void close() throws IOException {
        journal.close();
    }

    /** Answers every request in full: the prompt plus the whole budget. */
    private JsonNode served(int maxTokens) {
        budgets.add(maxTokens);
        return Journal.JSON.createObjectNode().set("usage", Journal.JSON.createObjectNode()
                .put("total_tokens", maxTokens + DemandDriver.PROMPT_TOKENS));
    }

    private DemandDriver driver(Workload workload, DemandDriver.Completions completions) {
        return new DemandDriver(workload, completions, journal, () -> 0L, 4, 1_000, 4_000);
    }

    @Test
    void continuousDemandIsSentInChunksAsItAccrues() {
        try (DemandDriver demand = driver(new Workload(0, THOUSAND_A_SECOND, List.of()), this::served)) {
            demand.tick(10_000, 0);
            demand.finish(10_000);

            assertThat(budgets).containsExactlyInAnyOrder(3_960, 3_960, 1_960);
            assertThat(demand.consumedTokens()).isEqualTo(10_000);
            assertThat(demand.unmetTokens()).isZero();
        }
    }

    @Test
    void lessThanAChunkWaitsForMore() {
        try (DemandDriver demand = driver(new Workload(0, THOUSAND_A_SECOND, List.of()), this::served)) {
            demand.tick(900, 0);
            demand.finish(900);

            assertThat(budgets).isEmpty();
        }
    }

    @Test
    void aRefusalForWantOfBalanceIsOneStockOutAndItsTokensAreUnmet() {
        DemandDriver.Completions broke = max -> {
            throw new ApiStatusException("POST answered 402: insufficient balance", 402, "{}");
        };
        try (DemandDriver demand = driver(new Workload(0, THOUSAND_A_SECOND, List.of()), broke)) {
            demand.tick(10_000, 0);
            demand.finish(12_000);

            assertThat(demand.stockOuts()).isEqualTo(1);
            assertThat(demand.unmetTokens()).isEqualTo(10_000);
            assertThat(demand.consumedTokens()).isZero();
        }
    }

    @Test
    void aJobWaitsUntilThePolledBalanceCoversIt() {
        Workload oneJob = new Workload(0, DemandModel.NONE, List.of(new Job(1_000, 5_000)));
        try (DemandDriver demand = driver(oneJob, this::served)) {
            DemandDriver.Step arrived = demand.tick(2_000, 4_000);

            assertThat(arrived.arrivedJobTokens()).containsExactly(5_000L);
            assertThat(demand.waitingJobTokens()).isEqualTo(5_000);
            assertThat(budgets).isEmpty();

            demand.tick(3_000, 6_000);
            demand.finish(3_000);

            assertThat(demand.waitingJobTokens()).isZero();
            assertThat(demand.jobsStarted()).isEqualTo(1);
            assertThat(demand.jobWaits()).containsExactly(2_000);
            assertThat(demand.consumedTokens()).isEqualTo(5_000);
        }
    }
}
