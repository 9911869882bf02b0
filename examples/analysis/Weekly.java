import io.gridbench.backtest.analysis.ResultsFile;
import io.gridbench.backtest.analysis.Tables;
import io.gridbench.backtest.config.DemandFiles;
import io.gridbench.backtest.config.StrategyFiles;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.metrics.BacktestResults;
import io.gridbench.backtest.replay.ComparisonRun;
import io.gridbench.backtest.replay.ParallelReplays;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Week by week: does a strategy that wins over 90 days win every week? Reads a finished backtest (its report
 * folder), or runs the README's four strategies on the shipped chat-fast data when given none, then slices the
 * per-week table with Tablesaw: each strategy's price against Auto per week as a pivot, and how many weeks it beat
 * Auto.
 *
 * <pre>
 *   ./gridbench script examples/analysis/Weekly.java                              # runs the backtest itself
 *   ./gridbench script examples/analysis/Weekly.java reports/backtest-2026-12-02T08-00-00Z
 * </pre>
 */
public class Weekly {
    public static void main(String[] args) throws Exception {
        BacktestResults results = args.length > 0 ? ResultsFile.read(Path.of(args[0])) : backtest();
        Table weeks = Tables.weekly(results);

        System.out.println(Tables.formatted(weeks.pivot("week", "strategy", "vs_auto_pct",
                AggregateFunctions.mean), 2).setName("average price vs Auto, percent, per calendar week (negative = cheaper)").printAll());
        System.out.println();
        Table others = weeks.where(weeks.stringColumn("strategy").isNotEqualTo(results.baseline())
                .and(weeks.intColumn("days").isEqualTo(7)));
        Table cheaper = others.where(others.doubleColumn("vs_auto_pct").isLessThan(0));
        int fullWeeks = weeks.where(weeks.stringColumn("strategy").isEqualTo(results.baseline())
                .and(weeks.intColumn("days").isEqualTo(7))).rowCount();
        System.out.println(cheaper.countBy("strategy").setName("full weeks cheaper than Auto (of " + fullWeeks + ")")
                .printAll());
        System.out.println();
        System.out.println(Tables.formatted(others.summarize("vs_auto_pct", AggregateFunctions.min,
                AggregateFunctions.max, AggregateFunctions.stdDev).by("strategy"), 2).setName("spread of the weekly figure").printAll());
    }

    private static BacktestResults backtest() {
        Path home = Path.of(System.getProperty("gridbench.home", "."));
        Path data = home.resolve("data/chat-fast");
        MarketData market = MarketData.load(data.resolve("candles-1m.csv.gz"), data.resolve("trades.csv.gz"));
        var workload = DemandFiles.load(home.resolve("examples/demand/chat-app.yaml"), market.startMillis(),
                market.endMillis(), 1);
        Path strategies = home.resolve("examples/strategies");
        var specs = StrategyFiles.load(List.of(strategies.resolve("fixed-ceiling.yaml"),
                strategies.resolve("spread-tracking.yaml"), strategies.resolve("buffer-replenish.yaml"),
                strategies.resolve("auto.yaml")), List.of());
        return ComparisonRun.run(market, FillModel.named("trade-through"), FillConfig.DEFAULTS, workload, specs,
                Map.of(), Map.of(), "now", ParallelReplays.defaultThreads(), ParallelReplays.Listener.NONE);
    }
}
