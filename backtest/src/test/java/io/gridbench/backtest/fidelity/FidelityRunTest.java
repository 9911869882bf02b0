package io.gridbench.backtest.fidelity;

import io.gridbench.backtest.config.DemandFiles;
import io.gridbench.backtest.config.StrategyFiles;
import io.gridbench.backtest.config.StrategySpec;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.history.GeneratorRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class FidelityRunTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "strategies");
    private static final MarketSetup ONE_DAY = new MarketSetup("chat-fast", 9, LocalDate.of(2026, 8, 1), 1,
            MarketSetup.DEFAULT_WARM_UP_MILLIS, GeneratorRun.defaultSettings());

    @TempDir
    Path dir;

    private static FidelityRun run(int threads) {
        List<StrategySpec> specs = StrategyFiles.load(List.of(EXAMPLES.resolve("buffer-replenish.yaml"),
                EXAMPLES.resolve("auto.yaml")), List.of());
        return new FidelityRun(ONE_DAY, specs, DemandFiles.defaults(ONE_DAY.startMillis()),
                FillModel.named("trade-through"), FillConfig.DEFAULTS, threads);
    }

    @Test
    void theSameSeedGivesTheSameResultsCsvWhateverTheThreads() throws IOException {
        FidelityResults a = run(1).run(dir.resolve("a"), false);
        FidelityResults b = run(2).run(dir.resolve("b"), false);

        assertThat(FidelityTables.csv(b)).isEqualTo(FidelityTables.csv(a));
        assertThat(Files.readAllBytes(dir.resolve("b/record/trades.csv.gz")))
                .isEqualTo(Files.readAllBytes(dir.resolve("a/record/trades.csv.gz")));
    }

    @Test
    void theRecordIsDataABacktestReadsAndTheTruthMarksTheStrategysOwnTrades() throws IOException {
        FidelityResults r = run(2).run(dir, false);

        MarketData record = MarketData.load(dir.resolve("record/candles-1m.csv.gz"),
                dir.resolve("record/trades.csv.gz"));
        assertThat(record.candles().size()).isEqualTo(24 * 60);
        assertThat(record.trades().size()).isEqualTo(r.prints());
        long marked = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(dir.resolve("truth/auto/trades.csv.gz"))), StandardCharsets.UTF_8))) {
            assertThat(in.readLine()).isEqualTo("timestamp,trade_id,price,quantity,aggressor_side,strategy_side");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.endsWith(",buy")) {
                    marked += Long.parseLong(line.split(",")[3]);
                }
            }
        }
        assertThat(marked).isPositive().isEqualTo(r.strategies().get(1).truth().unitsBought());
    }

    @Test
    void theRecordCarriesTheCounterfactualsQuotesAndTheBacktestReadsThemUnlessTold() throws IOException {
        FidelityResults withQuotes = run(2).run(dir.resolve("q"), false);
        FidelityResults without = run(2).withQuotes(false).run(dir.resolve("n"), false);

        MarketData record = MarketData.load(dir.resolve("q/record/candles-1m.csv.gz"),
                dir.resolve("q/record/trades.csv.gz"), dir.resolve("q/record/quotes.csv.gz"), null, false);
        assertThat(record.hasQuotes()).isTrue();
        assertThat(record.quotes().time(0)).isEqualTo(ONE_DAY.startMillis());
        assertThat(withQuotes.settings().get("book")).isEqualTo("the record's quotes");
        assertThat(without.settings().get("book")).asString().startsWith("estimated");
    }

    @Test
    void compareFillsRanksEverySettingClosestFirst() throws IOException {
        FidelityResults r = run(2).run(dir, true);

        // 2 fill models x 4 queue estimates x 4 participation caps.
        assertThat(r.fillRanking()).hasSize(FillSetting.grid().size()).hasSize(32);
        assertThat(r.fillRanking()).extracting(FillScore::rank)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 32).boxed().toList());
        assertThat(r.fillRanking()).extracting(FillScore::score).isSorted();
        assertThat(r.fillRanking().get(0).strategies()).hasSize(2);
    }

    @Test
    void theBacktestColumnIsTheBacktestOfTheRecordUnderTheGivenFillOptions() throws IOException {
        FidelityResults r = run(1).run(dir, true);

        FillSetting given = FillSetting.of(FillModel.named("trade-through"), FillConfig.DEFAULTS);
        FillScore same = r.fillRanking().stream().filter(f -> f.setting().equals(given)).findFirst().orElseThrow();
        assertThat(same.strategies()).extracting(StrategyFidelity::metrics)
                .isEqualTo(r.strategies().stream().map(StrategyFidelity::metrics).toList());
    }
}
