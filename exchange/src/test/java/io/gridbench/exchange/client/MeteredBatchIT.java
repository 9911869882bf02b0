package io.gridbench.exchange.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.grid.SimulatedGrid;
import io.gridbench.exchange.server.Credentials;
import io.gridbench.exchange.server.ExchangeServer;
import io.gridbench.exchange.signing.RequestSigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Seed 000's metered batch against the simulated Grid with its market agents. */
class MeteredBatchIT {
    private static final String INSTRUMENT = "chat-fast";
    private static final List<String> PROMPTS = List.of("What is 2 + 2?", "Name three colors.", "What is H2O?");

    private static ExchangeServer grid;
    private static String marketId;

    @BeforeAll
    static void startTheGrid() {
        grid = SimulatedGrid.builder(ExchangeConfig.defaults()).seed(7).fastInference(true).start(0);
        marketId = ExchangeConfig.defaults().instrument(INSTRUMENT).marketId();
    }

    @AfterAll
    static void stopTheGrid() {
        grid.close();
    }

    private static MeteredBatch batchFor(Credentials account, Duration fillTimeout, StringWriter out) {
        TradingApiClient trading = new TradingApiClient(grid.baseUrl(), new RequestSigner(account.keyPair()),
                Duration.ofSeconds(30));
        ChatCompletionsClient chat = new ChatCompletionsClient(grid.baseUrl() + "/api/v1",
                account.consumptionApiKey(), Duration.ofSeconds(30));
        return new MeteredBatch(trading, chat,
                () -> grid.core().submit(v -> v.cash(account.accountId())).join().totalCents(), fillTimeout,
                new PrintWriter(out, true));
    }

    @Test
    void buysTheCoveringUnitThenSpendsExactlyWhatTheCompletionsUsed() throws Exception {
        Credentials account = grid.provisioner().openDemo();
        MeteredBatch.Plan plan = new MeteredBatch.Plan(INSTRUMENT, marketId, PROMPTS, 250, false, "batch-1", 2);

        JsonNode report = batchFor(account, Duration.ofSeconds(60), new StringWriter()).run(account.accountId(), plan);

        assertThat(report.path("order").path("status").asText()).isEqualTo("filled");
        assertThat(report.path("order").path("filled_quantity").asLong()).isEqualTo(1);
        assertThat(report.path("completions")).hasSize(PROMPTS.size());
        long used = 0;
        for (JsonNode completion : report.path("completions")) {
            used += completion.path("usage").path("total_tokens").asLong();
        }
        assertThat(used).isPositive();
        assertThat(report.path("after").path("consumption_accounts").get(0).path("total_tokens").asLong())
                .isEqualTo(1_000_000L - used);
        double paid = report.path("before").path("cash_usd").asDouble()
                - report.path("after").path("cash_usd").asDouble();
        assertThat(paid).isCloseTo(report.path("order").path("average_price").asDouble(), within(1e-9));
    }

    @Test
    void printsOneLinePerStepAndPerCompletion() throws Exception {
        Credentials account = grid.provisioner().openDemo();
        StringWriter out = new StringWriter();
        batchFor(account, Duration.ofSeconds(60), out).run(account.accountId(),
                new MeteredBatch.Plan(INSTRUMENT, marketId, PROMPTS, 250, false, "batch-2", 3));

        assertThat(out.toString()).contains("balances before: cash $", "limit buy 1 @ ", "order filled: 1 unit(s)",
                "1. What is 2 + 2? -> ", "3 completions in ", "(at most 3 at a time)", "balances after: cash $");
    }

    @Test
    void aKeptLimitBelowTheMarketGivesUpAfterTheFillTimeoutNamingTheOption() {
        Credentials account = grid.provisioner().openDemo();
        MeteredBatch.Plan plan = new MeteredBatch.Plan(INSTRUMENT, marketId, PROMPTS, 1, true, "batch-3", 3);

        assertThatThrownBy(() -> batchFor(account, Duration.ofSeconds(1), new StringWriter())
                .run(account.accountId(), plan))
                .isInstanceOf(IOException.class).hasMessageContaining("did not fill within 1 s")
                .hasMessageContaining("--max-price");
    }
}
