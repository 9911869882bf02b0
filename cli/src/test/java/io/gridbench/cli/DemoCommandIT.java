package io.gridbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The main job end to end, without its load-test step (the simulations module has its own smoke test). */
class DemoCommandIT {
    @TempDir
    static Path dir;

    private static final StringWriter OUT = new StringWriter();
    private static int exitCode;
    private static JsonNode batch;

    @BeforeAll
    static void runTheDemo() throws Exception {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(OUT, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        exitCode = cli.execute("demo", "--home", "..", "--skip-load", "--out", dir.toString());
        batch = new ObjectMapper().readTree(dir.resolve("batch.json").toFile());
    }

    @Test
    void exitsZeroAndNamesItsReportFolder() {
        assertThat(exitCode).as(OUT.toString()).isZero();
        assertThat(OUT.toString()).contains("Demo report folder: " + dir.toAbsolutePath());
    }

    @Test
    void writesCredentialsTheSeedClientsCanSource() throws Exception {
        String env = Files.readString(dir.resolve("demo.env"));
        assertThat(env).contains("TRADING_BASE_URL='http://127.0.0.1:", "GRID_TRADING_PRIVATE_KEY=",
                "GRID_CONSUMPTION_API_KEY=", "MARKET_ID='market_788dcbd5-ac68-4c61-acf1-4443beaf2a1c'");
    }

    @Test
    void theLimitBuyFillsBeforeTheBatchRuns() {
        assertThat(batch.path("order").path("status").asText()).isEqualTo("filled");
        assertThat(batch.path("order").path("filled_quantity").asLong()).isEqualTo(1);
        assertThat(batch.path("completions")).hasSize(DemoCommand.PROMPTS.size());
    }

    @Test
    void theBalanceIsDrawnDownByExactlyTheTokensTheCompletionsUsed() {
        long used = 0;
        for (JsonNode completion : batch.path("completions")) {
            used += completion.path("usage").path("total_tokens").asLong();
        }
        assertThat(batch.path("before").path("consumption_accounts")).isEmpty();
        JsonNode after = batch.path("after").path("consumption_accounts").get(0);
        assertThat(after.path("total_tokens").asLong()).isEqualTo(1_000_000L - used);
        assertThat(used).isPositive();
    }

    @Test
    void cashPaysForTheUnitAtTheTradePrice() {
        double before = batch.path("before").path("cash_usd").asDouble();
        double after = batch.path("after").path("cash_usd").asDouble();
        double price = batch.path("order").path("average_price").asDouble();
        assertThat(before - after).isCloseTo(price, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void backtestsTheFourStrategiesOnTheShippedData() throws Exception {
        JsonNode results = new ObjectMapper().readTree(dir.resolve("backtest").resolve("results.json").toFile());
        assertThat(results.toString()).contains("fixed-ceiling", "spread-tracking", "buffer-replenish", "auto");
        assertThat(dir.resolve("backtest").resolve("report.html")).exists();
    }
}
