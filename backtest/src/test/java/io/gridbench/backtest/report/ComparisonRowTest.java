package io.gridbench.backtest.report;

import io.gridbench.backtest.demand.ConstantDemand;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.metrics.BacktestResults;
import io.gridbench.backtest.metrics.MarketSummary;
import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.backtest.replay.Replay;
import io.gridbench.backtest.strategy.AutoStrategy;
import io.gridbench.backtest.strategy.FixedCeilingStrategy;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.gridbench.backtest.Fixtures.T0;
import static io.gridbench.backtest.Fixtures.data;
import static io.gridbench.backtest.Fixtures.flat;
import static org.assertj.core.api.Assertions.assertThat;

class ComparisonRowTest {
    private static final Workload HOURLY = new Workload(0, new ConstantDemand(T0, 1_000_000), List.of());

    private static List<ComparisonRow> rowsWithACeilingThatNeverFills() {
        var d = data(flat(180, 250, 10));
        var model = FillModel.named("touch");
        StrategyResult never = new Replay(d, model, FillConfig.DEFAULTS, HOURLY)
                .run(new FixedCeilingStrategy(100, false, 1, 3_600_000), "never", "fixed-ceiling", Map.of());
        StrategyResult auto = new Replay(d, model, FillConfig.DEFAULTS, HOURLY)
                .run(new AutoStrategy(1, 0), "auto", "auto", Map.of());
        var results = new BacktestResults("t", Map.of(), Map.of(), MarketSummary.of(d, 100), List.of(never, auto),
                "auto");
        return ComparisonRow.of(results);
    }

    @Test
    void timeToFillIsADashNotZeroWhenNoOrderFilled() {
        List<ComparisonRow> rows = rowsWithACeilingThatNeverFills();
        String table = TextTable.render(rows, 2.5);
        String never = table.lines().filter(l -> l.startsWith("never")).findFirst().orElseThrow();
        assertThat(rows.get(0).ordersFilled()).isZero();
        assertThat(never).doesNotContain("0ms").contains(" - ");
    }

    @Test
    void timeToFillIsEmptyInTheCsvWhenNoOrderFilled() {
        List<ComparisonRow> rows = rowsWithACeilingThatNeverFills();
        Map<String, String> never = fields(rows.get(0));
        Map<String, String> auto = fields(rows.get(1));
        for (String column : List.of("first_fill_p50_ms", "first_fill_max_ms", "ttf_p50_ms", "ttf_max_ms")) {
            assertThat(never.get(column)).as(column).isEmpty();
            assertThat(auto.get(column)).as(column).isNotEmpty();
        }
        assertThat(never.get("orders_filled")).isEqualTo("0");
        assertThat(never.get("orders_never_filled")).isEqualTo(never.get("orders_placed"));
    }

    private static Map<String, String> fields(ComparisonRow row) {
        String[] names = ComparisonRow.csvHeader().split(",");
        String[] values = row.csv().split(",", -1);
        assertThat(values).hasSameSizeAs(names);
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], values[i]);
        }
        return m;
    }
}
