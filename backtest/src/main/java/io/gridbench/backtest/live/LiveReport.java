package io.gridbench.backtest.live;

import io.gridbench.backtest.config.StrategySpec;
import io.gridbench.backtest.data.DataFiles;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.demand.ConstantDemand;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.history.GapFreeBars;
import io.gridbench.backtest.history.HistoryCsv;
import io.gridbench.backtest.metrics.BacktestResults;
import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.backtest.replay.ComparisonRun;
import io.gridbench.backtest.replay.ParallelReplays;
import io.gridbench.backtest.report.ReportFiles;
import io.gridbench.exchange.marketdata.Candle;
import io.gridbench.exchange.marketdata.CandleInterval;
import io.gridbench.exchange.marketdata.TradePrint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report of a live run, in the backtest's form ({@code report.html}, {@code results.json}, {@code results.csv}):
 * the live result, and beside it what the backtester says for the same interval on the data the run recorded
 * ({@code recorded/candles-1m.csv.gz}, {@code recorded/trades.csv.gz}), with the Auto Mode baseline, so the live
 * fidelity of the backtest is visible. The replay covers the whole minutes of the run, starts from the balance the
 * run started with, and is driven by the run's demand file, or, when someone else spent the balance, by a constant
 * demand at the rate the run measured.
 */
public final class LiveReport {
    private static final long BAR = CandleInterval.ONE_MINUTE.millis();

    private LiveReport() {
    }

    /**
     * Writes the report into {@code dir}.
     *
     * @param workload the run's demand, or null when it only watched the balance
     * @return the results written, or null when the run was too short for one 1-minute bar to close in it
     */
    public static BacktestResults write(LiveOutcome run, StrategySpec spec, Workload workload, Path dir)
            throws IOException {
        long from = Math.floorDiv(run.startMillis() + BAR - 1, BAR) * BAR;
        long to = Math.floorDiv(run.endMillis(), BAR) * BAR;
        if (to <= from) {
            return null;
        }
        List<Candle> bars = GapFreeBars.fillGaps(run.bars(), BAR, from, to);
        if (bars.isEmpty()) {
            return null;
        }
        List<TradePrint> trades = new ArrayList<>();
        for (TradePrint t : run.trades()) {
            if (t.timestampMillis() >= bars.get(0).openTimeMillis() && t.timestampMillis() < to) {
                trades.add(t);
            }
        }
        Path recorded = Files.createDirectories(dir.resolve("recorded"));
        Path candleFile = recorded.resolve(HistoryCsv.CANDLES_FILE);
        Path tradeFile = recorded.resolve(HistoryCsv.TRADES_FILE);
        HistoryCsv.writeCandles(candleFile, bars);
        HistoryCsv.writeTrades(tradeFile, trades);
        MarketData data = MarketData.load(candleFile, trades.isEmpty() ? null : tradeFile,
                CandleInterval.ONE_MINUTE, false);

        StrategyResult live = run.result();
        Workload replayed = replayWorkload(run, workload, bars.get(0).openTimeMillis());
        Map<String, Map<String, String>> inputs = new LinkedHashMap<>();
        inputs.put("recorded candles", Map.of("path", candleFile.toString(), "sha256", DataFiles.sha256(candleFile)));
        if (!trades.isEmpty()) {
            inputs.put("recorded trades", Map.of("path", tradeFile.toString(), "sha256", DataFiles.sha256(tradeFile)));
        }
        inputs.put("journal", Map.of("path", run.journal().toString()));
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("live run", run.runId() + " from " + Instant.ofEpochMilli(run.startMillis()) + " to "
                + Instant.ofEpochMilli(run.endMillis()) + ", ended by " + run.stopReason());
        settings.put("replay", "the backtester on the bars and prints the run recorded, same strategy and demand");
        String createdAt = Instant.ofEpochMilli(run.endMillis()).toString();
        BacktestResults replay = ComparisonRun.run(data, FillModel.named("trade-through"), FillConfig.DEFAULTS,
                replayed, List.of(spec.named(spec.name() + " (backtest)")), inputs, settings, createdAt, 1,
                ParallelReplays.Listener.NONE);
        List<StrategyResult> all = new ArrayList<>();
        all.add(live.named(spec.name() + " (live)"));
        all.addAll(replay.strategies());
        BacktestResults results = new BacktestResults(createdAt, inputs, replay.settings(), replay.market(), all,
                replay.baseline());
        ReportFiles.write(results, List.of(), dir);
        return results;
    }

    private static Workload replayWorkload(LiveOutcome run, Workload workload, long replayStart) {
        long[] balances = run.result().timeline().balanceTokens();
        long initial = balances.length == 0 ? 0 : Math.max(0, balances[0]);
        if (workload != null) {
            return new Workload(initial, workload.demand(), workload.jobs());
        }
        double hours = Math.max(1, run.endMillis() - run.startMillis()) / 3_600_000d;
        return new Workload(initial, new ConstantDemand(replayStart, run.result().consumedTokens() / hours),
                List.of());
    }
}
