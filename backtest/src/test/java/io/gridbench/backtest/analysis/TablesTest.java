package io.gridbench.backtest.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridbench.backtest.Fixtures;
import io.gridbench.backtest.config.DemandFiles;
import io.gridbench.backtest.config.StrategyFiles;
import io.gridbench.backtest.config.StrategyTemplate;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.metrics.BacktestResults;
import io.gridbench.backtest.metrics.MarketSummary;
import io.gridbench.backtest.replay.ComparisonRun;
import io.gridbench.backtest.replay.ParallelReplays;
import io.gridbench.backtest.sweep.Sweep;
import io.gridbench.backtest.sweep.SweepGrid;
import io.gridbench.backtest.sweep.SweepResults;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TablesTest {
    private static final Path FIXTURE = Path.of("src", "test", "resources", "fixture");
    private static final Offset<Double> CENT = Offset.offset(0.005);
    /** Ten days of flat 2.40 bars from Saturday 2026-08-01: calendar weeks of 2, 7 and 1 days. */
    private static final BacktestResults TEN_DAYS = tenDays();

    @TempDir
    Path dir;

    private static BacktestResults tenDays() {
        MarketData data = Fixtures.data(Fixtures.flat(10 * 1440, 240, 100));
        var specs = StrategyFiles.load(List.of(FIXTURE.resolve("fixed-ceiling.yaml")), List.of("max_price=2.41"));
        return ComparisonRun.run(data, FillModel.named("touch"), FillConfig.DEFAULTS,
                DemandFiles.defaults(data.startMillis()), specs, Map.of(), Map.of(), "t", 1,
                ParallelReplays.Listener.NONE);
    }

    @Test
    void theStrategiesTableHasOneRowPerStrategyAndTheBaselineIsZeroAgainstItself() {
        Table t = Tables.strategies(TEN_DAYS);
        assertThat(t.stringColumn("strategy").asList()).containsExactly("fixed-ceiling", ComparisonRun.BASELINE);
        assertThat(t.doubleColumn("vs_auto_pct").getDouble(1)).isZero();
        assertThat(t.doubleColumn("cost_usd").getDouble(0)).isEqualTo(TEN_DAYS.strategies().get(0).costUsd());
    }

    @Test
    void dailyRowsAddUpToEachStrategysTotals() {
        Table d = Tables.daily(TEN_DAYS);
        assertThat(d.rowCount()).isEqualTo(20);
        for (var r : TEN_DAYS.strategies()) {
            Table mine = d.where(d.stringColumn("strategy").isEqualTo(r.name()));
            assertThat(mine.doubleColumn("cost_usd").sum()).isCloseTo(r.costUsd(), CENT);
            assertThat((long) mine.longColumn("units").sum()).isEqualTo(r.unitsBought());
            assertThat((long) mine.intColumn("orders_completed").sum()).isEqualTo(r.ordersFilled());
        }
        assertThat(d.dateColumn("week").get(0)).isEqualTo(LocalDate.of(2026, 7, 27));
    }

    @Test
    void weeksAreCalendarWeeksFromMondayWithTheirDayCounts() {
        Table w = Tables.weekly(TEN_DAYS);
        Table mine = w.where(w.stringColumn("strategy").isEqualTo("fixed-ceiling"));
        assertThat(mine.dateColumn("week").asList()).containsExactly(LocalDate.of(2026, 7, 27),
                LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 10));
        assertThat(mine.intColumn("days").asList()).containsExactly(2, 7, 1);
        assertThat(mine.doubleColumn("cost_usd").sum()).isCloseTo(TEN_DAYS.strategies().get(0).costUsd(), CENT);
        Table auto = w.where(w.stringColumn("strategy").isEqualTo(ComparisonRun.BASELINE));
        assertThat(auto.doubleColumn("vs_auto_pct").asList()).allSatisfy(v -> assertThat(v).isZero());
    }

    @Test
    void aWeeksPriceAgainstAutoComparesTheSameWeek() {
        Table w = Tables.weekly(TEN_DAYS);
        for (int i = 0; i < w.rowCount(); i++) {
            if (!w.stringColumn("strategy").get(i).equals("fixed-ceiling")) {
                continue;
            }
            Table sameWeek = w.where(w.dateColumn("week").isEqualTo(w.dateColumn("week").get(i))
                    .and(w.stringColumn("strategy").isEqualTo(ComparisonRun.BASELINE)));
            double expected = (w.doubleColumn("avg_price_usd").getDouble(i)
                    / sameWeek.doubleColumn("avg_price_usd").getDouble(0) - 1) * 100;
            assertThat(w.doubleColumn("vs_auto_pct").getDouble(i)).isCloseTo(expected, Offset.offset(1e-9));
        }
    }

    @Test
    void fillsAndBalanceComeFromEachStrategysTimeline() {
        Table f = Tables.fills(TEN_DAYS);
        int fills = 0;
        for (var r : TEN_DAYS.strategies()) {
            fills += r.timeline().fillTime().length;
        }
        assertThat(f.rowCount()).isEqualTo(fills);
        assertThat(Tables.balance(TEN_DAYS).rowCount()).isPositive();
    }

    @Test
    void theOrdersTableHasEveryOrderWithItsFillsAndBenchmarks() {
        Table o = Tables.orders(TEN_DAYS);
        long orders = 0;
        for (var r : TEN_DAYS.strategies()) {
            orders += r.ordersPlaced();
        }
        assertThat(o.rowCount()).isEqualTo((int) orders);
        Table mine = o.where(o.stringColumn("strategy").isEqualTo("fixed-ceiling"));
        assertThat((long) mine.longColumn("filled").sum()).isEqualTo(TEN_DAYS.strategies().get(0).unitsBought());
        assertThat(mine.doubleColumn("limit_usd").getDouble(0)).isEqualTo(2.41);
        assertThat(mine.doubleColumn("life_vwap_usd").getDouble(0)).isCloseTo(2.40, CENT);
    }

    @Test
    void resultsReadBackFromResultsJsonGiveTheSameTables() throws IOException {
        Files.writeString(dir.resolve("results.json"),
                new ObjectMapper().writeValueAsString(Map.of("results", TEN_DAYS)));
        BacktestResults back = ResultsFile.read(dir);
        assertThat(Tables.weekly(back).toString()).isEqualTo(Tables.weekly(TEN_DAYS).toString());
        assertThat(Tables.strategies(back).toString()).isEqualTo(Tables.strategies(TEN_DAYS).toString());
    }

    @Test
    void aFileThatIsNoBacktestsResultsIsRefusedByName() throws IOException {
        Path other = Files.writeString(dir.resolve("other.json"), "{\"variants\":[]}");
        assertThatThrownBy(() -> ResultsFile.read(other)).hasMessageContaining("other.json: not a backtest's");
    }

    private static SweepResults sweep() {
        MarketData data = MarketData.load(FIXTURE.resolve("candles-1m.csv"), FIXTURE.resolve("trades.csv"));
        var workload = DemandFiles.load(FIXTURE.resolve("demand.yaml"), data.startMillis(), data.endMillis(), 7);
        Sweep sweep = new Sweep(data, FillModel.named("touch"), FillConfig.DEFAULTS, workload);
        SweepGrid grid = SweepGrid.parse(List.of("max_price=2.36,2.38,2.40", "units_per_window=2,4,10",
                "window=1h,2h"));
        var variants = sweep.run(StrategyTemplate.load(FIXTURE.resolve("fixed-ceiling.yaml"), List.of()), grid, 2,
                ParallelReplays.Listener.NONE);
        return new SweepResults("t", Map.of(), Map.of(), MarketSummary.of(data, 10), "fixed-ceiling",
                "fixed-ceiling", grid.keys(), sweep.baseline(), variants);
    }

    @Test
    void thePivotHoldsTheBestRankingKeyOverTheOtherAxesInGridOrder() {
        SweepResults s = sweep();
        Table p = Tables.pivot(s, "units_per_window", "max_price");
        assertThat(p.columnNames()).containsExactly("units_per_window", "2.36", "2.38", "2.40");
        assertThat(p.stringColumn("units_per_window").asList()).containsExactly("2", "4", "10");
        Table v = Tables.variants(s);
        Table cell = v.where(v.stringColumn("units_per_window").isEqualTo("10")
                .and(v.stringColumn("max_price").isEqualTo("2.38")));
        assertThat(p.doubleColumn("2.38").getDouble(2)).isEqualTo(cell.doubleColumn("cost_with_shortfall_usd").min());
    }

    @Test
    void aPivotOverAKeyThatWasNotSweptIsRefused() {
        assertThatThrownBy(() -> Tables.pivot(sweep(), "max_price", "max_price"))
                .hasMessageContaining("two different swept keys");
    }
}
