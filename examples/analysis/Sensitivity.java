import io.gridbench.backtest.analysis.Tables;
import io.gridbench.backtest.config.DemandFiles;
import io.gridbench.backtest.config.StrategyTemplate;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.metrics.MarketSummary;
import io.gridbench.backtest.replay.ParallelReplays;
import io.gridbench.backtest.sweep.Sweep;
import io.gridbench.backtest.sweep.SweepGrid;
import io.gridbench.backtest.sweep.SweepResults;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How sensitive is buffer-replenish's cost to its limit price, and does the buffer size matter? Sweeps the limit
 * (relative to the 6-hour VWAP, so any instrument works) against the buffer over the shipped 90 days, then slices
 * the variants with Tablesaw: the mean over each limit, the pivot of the ranking key, the cheapest variant per
 * limit that still met demand.
 *
 * <pre>
 *   ./gridbench script examples/analysis/Sensitivity.java              # chat-fast, about 10 s on 2 cores
 *   ./gridbench script examples/analysis/Sensitivity.java text-prime
 * </pre>
 */
public class Sensitivity {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("gridbench.home", "."));
        String instrument = args.length > 0 ? args[0] : "chat-fast";
        Path data = home.resolve("data").resolve(instrument);
        MarketData market = MarketData.load(data.resolve("candles-1m.csv.gz"), data.resolve("trades.csv.gz"));
        var workload = DemandFiles.load(home.resolve("examples/demand/chat-app.yaml"), market.startMillis(),
                market.endMillis(), 1);
        var template = StrategyTemplate.load(home.resolve("examples/strategies/buffer-replenish.yaml"), List.of());
        SweepGrid grid = SweepGrid.parse(List.of("max_price=vwap-2%,vwap-1%,vwap,vwap+1%,vwap+2%",
                "min_balance=10,20,40"));

        Sweep sweep = new Sweep(market, FillModel.named("trade-through"), FillConfig.DEFAULTS, workload);
        var variants = sweep.run(template, grid, ParallelReplays.defaultThreads(), ParallelReplays.Listener.NONE);
        var results = new SweepResults(Instant.now().toString(), Map.of(), Map.of(), MarketSummary.of(market, 10),
                template.name(), "buffer-replenish", grid.keys(), sweep.baseline(), variants);

        Table all = Tables.variants(results);
        Tables.formatted(all, 4);
        System.out.println(all.selectColumns("rank", "max_price", "min_balance", "avg_price_usd", "vs_auto_pct",
                "ttf_p50_ms", "unmet_units").sortAscendingOn("rank").setName(instrument + ": every variant, best first")
                .printAll());
        System.out.println();
        System.out.println(Tables.formatted(all.summarize("vs_auto_pct", "ttf_p50_ms", AggregateFunctions.mean)
                .by("max_price"), 2).setName("mean over the buffer sizes, by limit").printAll());
        System.out.println();
        System.out.println(Tables.formatted(Tables.pivot(results, "max_price", "min_balance"), 2).printAll());
        System.out.println();
        Table met = all.where(all.stringColumn("met_demand").isEqualTo("yes"));
        if (met.isEmpty()) {
            System.out.println("no variant met demand (less than 1 unit unmet): the unmet_units column above says by"
                    + " how much each fell short");
        } else {
            System.out.println(Tables.formatted(met.summarize("cost_with_shortfall_usd", AggregateFunctions.min)
                    .by("max_price"), 2).setName("cheapest variant that met demand, by limit").printAll());
        }
    }
}
