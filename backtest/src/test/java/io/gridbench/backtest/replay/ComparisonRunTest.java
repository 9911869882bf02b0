package io.gridbench.backtest.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridbench.backtest.config.DemandFiles;
import io.gridbench.backtest.config.StrategyFiles;
import io.gridbench.backtest.data.CandleCsv;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.data.TradeCsv;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.metrics.BacktestResults;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonRunTest {
    private static final Path FIXTURE = Path.of("src", "test", "resources", "fixture");

    private static BacktestResults runOnce(String fill) {
        MarketData data = new MarketData(CandleCsv.load(FIXTURE.resolve("candles-1m.csv"), null, false),
                TradeCsv.load(FIXTURE.resolve("trades.csv")));
        long start = data.candles().openTime(0);
        long end = data.candles().closeTime(data.candles().size() - 1);
        var workload = DemandFiles.load(FIXTURE.resolve("demand.yaml"), start, end, 7);
        var specs = StrategyFiles.load(List.of(FIXTURE.resolve("fixed-ceiling.yaml"),
                FIXTURE.resolve("spread-tracking.yaml"), FIXTURE.resolve("buffer-replenish.yaml")), List.of());
        return ComparisonRun.run(data, FillModel.named(fill), FillConfig.DEFAULTS, workload, specs, Map.of(),
                Map.of(), "fixed", name -> ProgressListener.NONE);
    }

    @Test
    void sameInputsGiveIdenticalResults() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(runOnce("touch"))).isEqualTo(json.writeValueAsString(runOnce("touch")));
    }

    @Test
    void theAutoBaselineIsAddedWhenMissing() {
        BacktestResults r = runOnce("touch");
        assertThat(r.baseline()).isEqualTo(ComparisonRun.BASELINE);
        assertThat(r.strategies()).hasSize(4);
        assertThat(r.baselineResult().type()).isEqualTo("auto");
    }

    @Test
    void tradeThroughNeverFillsMoreOfTheSameOrdersThanTouch() {
        // fixed-ceiling places the same orders whatever fills: a fair like-for-like comparison.
        var touch = runOnce("touch").strategies().get(0);
        var through = runOnce("trade-through").strategies().get(0);
        assertThat(through.unitsOrdered()).isEqualTo(touch.unitsOrdered());
        assertThat(through.unitsBought()).isLessThanOrEqualTo(touch.unitsBought());
    }
}
