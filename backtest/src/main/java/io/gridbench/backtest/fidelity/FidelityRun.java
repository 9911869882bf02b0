package io.gridbench.backtest.fidelity;

import io.gridbench.backtest.config.StrategySpec;
import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.history.HistoryCsv;
import io.gridbench.backtest.history.HistoryGenerator;
import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.backtest.replay.ParallelReplays;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Measures the backtester's error: for one seed, runs the agent market without any strategy (the counterfactual:
 * the record an analyst would have had) and once with each strategy trading in it (the ground truth), then
 * backtests each strategy on the counterfactual record and compares. The engine runs are independent and run in
 * parallel; results come back in the order of the strategies, so the same inputs give the same bytes.
 *
 * <p>Files written under the output folder: {@code record/} (candles, trades, quotes and generator.json of the
 * counterfactual, in the data schema, readable by {@code backtest}) and {@code truth/<strategy>/trades.csv.gz}
 * (every print of the strategy's ground-truth run, its own purchases marked in {@code strategy_side}).
 *
 * <pre>
 *   FidelityResults r = new FidelityRun(setup, specs, workload, FillModel.named("trade-through"),
 *           FillConfig.DEFAULTS, 2).run(Path.of("reports/fidelity"), false);
 * </pre>
 */
public final class FidelityRun {
    private final MarketSetup setup;
    private final List<StrategySpec> specs;
    private final Workload workload;
    private final FillModel model;
    private final FillConfig config;
    private final int threads;
    private Consumer<String> progress = line -> {
    };
    private boolean withQuotes = true;

    /**
     * @param workload the demand of every strategy, over the setup's span (see {@link MarketSetup#startMillis()})
     * @param threads  at least 1
     */
    public FidelityRun(MarketSetup setup, List<StrategySpec> specs, Workload workload, FillModel model,
                       FillConfig config, int threads) {
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("at least one strategy is required");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.setup = setup;
        this.specs = List.copyOf(specs);
        this.workload = workload;
        this.model = model;
        this.config = config;
        this.threads = threads;
    }

    /**
     * Whether the backtest side reads the record's quotes (the default) or, as with data that has none, estimates
     * the book from the prints.
     */
    public FidelityRun withQuotes(boolean read) {
        this.withQuotes = read;
        return this;
    }

    /** Receives one line per finished step (the CLI prints them on stderr). */
    public FidelityRun withProgress(Consumer<String> listener) {
        this.progress = listener;
        return this;
    }

    /**
     * Runs everything and writes the record and the truth trades under {@code outDir}.
     *
     * @param compareFills also backtest with every {@link FillSetting#grid() fill setting} and rank them
     */
    public FidelityResults run(Path outDir, boolean compareFills) throws IOException {
        List<EngineOutcome> engine = runEngine();
        EngineOutcome counterfactual = engine.get(0);
        Path record = outDir.resolve("record");
        HistoryGenerator.writeRecord(record, counterfactual.trades(), counterfactual.quotes(), setup.startMillis(),
                setup.endMillis(), manifest(counterfactual.spanTrades().size()));
        List<EngineOutcome> truths = engine.subList(1, engine.size());
        for (int i = 0; i < specs.size(); i++) {
            checkOwnTrades(specs.get(i), truths.get(i));
            EngineOutcome truth = truths.get(i);
            HistoryCsv.writeMarkedTrades(outDir.resolve("truth").resolve(folderName(specs.get(i).name()))
                    .resolve(HistoryCsv.TRADES_FILE), truth.spanTrades(), truth.strategyBought().get(
                    truth.firstInSpan(), Math.max(truth.firstInSpan(), truth.trades().size())));
        }
        MarketData data = MarketData.load(record.resolve(HistoryCsv.CANDLES_FILE),
                record.resolve(HistoryCsv.TRADES_FILE), withQuotes ? record.resolve(HistoryCsv.QUOTES_FILE) : null,
                null, false);
        double cfVwap = counterfactual.vwap();
        List<StrategyFidelity> given = compare(data, FillSetting.of(model, config), truths, cfVwap);
        progress.accept("backtested " + specs.size() + " strategies on the counterfactual record");
        List<FillScore> ranking = new ArrayList<>();
        if (compareFills) {
            for (FillSetting setting : FillSetting.grid()) {
                ranking.add(FillScore.of(setting, compare(data, setting, truths, cfVwap)));
            }
            ranking.sort(Comparator.comparingDouble(FillScore::score).thenComparingDouble(FillScore::meanAbsFillPts));
            for (int i = 0; i < ranking.size(); i++) {
                ranking.set(i, ranking.get(i).ranked(i + 1));
            }
            progress.accept("ranked " + ranking.size() + " fill settings");
        }
        return new FidelityResults(settings(), cfVwap, counterfactual.spanTrades().size(), given,
                List.copyOf(ranking));
    }

    /** The counterfactual first, then one truth per strategy, on the pool. */
    private List<EngineOutcome> runEngine() {
        List<Callable<EngineOutcome>> jobs = new ArrayList<>();
        jobs.add(() -> {
            EngineOutcome o = engineRun().runWithoutStrategy();
            progress.accept("counterfactual market: " + o.spanTrades().size() + " prints");
            return o;
        });
        for (StrategySpec spec : specs) {
            jobs.add(() -> {
                EngineOutcome o = engineRun().run(spec);
                progress.accept("ground truth of " + spec.name() + ": " + o.result().unitsBought() + " units bought");
                return o;
            });
        }
        List<EngineOutcome> out = new ArrayList<>();
        if (threads == 1) {
            for (Callable<EngineOutcome> job : jobs) {
                out.add(call(job));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()), r -> {
            Thread t = new Thread(r, "fidelity-engine");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<EngineOutcome>> futures = new ArrayList<>();
            for (Callable<EngineOutcome> job : jobs) {
                futures.add(pool.submit(job));
            }
            for (Future<EngineOutcome> f : futures) {
                out.add(await(f));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private EngineRun engineRun() {
        return new EngineRun(setup, workload, config.latencyMillis(), config.spreadTicks());
    }

    private List<StrategyFidelity> compare(MarketData data, FillSetting setting, List<EngineOutcome> truths,
                                           double cfVwap) {
        List<StrategyResult> backtests = ParallelReplays.run(data, setting.fillModel(), setting.apply(config),
                workload, specs, threads, true, ParallelReplays.Listener.NONE);
        List<StrategyFidelity> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            out.add(StrategyFidelity.of(backtests.get(i), truths.get(i).result(), cfVwap, truths.get(i).vwap()));
        }
        return out;
    }

    /** The truth column must be exactly what the engine's trades say the strategy's account bought. */
    private static void checkOwnTrades(StrategySpec spec, EngineOutcome truth) {
        long[] own = truth.strategyUnitsAndCents();
        StrategyResult r = truth.result();
        if (own[0] != r.unitsBought() || own[1] != r.costCents()) {
            throw new IllegalStateException("ground truth of " + spec.name() + " reports " + r.unitsBought()
                    + " units for " + r.costCents() + " cents, but its trades on the engine add up to " + own[0]
                    + " units for " + own[1] + " cents");
        }
    }

    private Map<String, Object> manifest(int tradeCount) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("generator", "gridbench fidelity (counterfactual: the agent market without any strategy)");
        m.put("instrument", setup.instrument());
        m.put("seed", setup.seed());
        m.put("days", setup.days());
        m.put("start", setup.start().toString());
        m.put("warm_up_ms", setup.warmUpMillis());
        m.put("trades", tradeCount);
        m.put("agent_settings", setup.settings());
        return m;
    }

    private Map<String, Object> settings() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("instrument", setup.instrument());
        s.put("seed", setup.seed());
        s.put("days", setup.days());
        s.put("start", setup.start().toString());
        s.put("warm_up_ms", setup.warmUpMillis());
        s.put("fill", FillSetting.of(model, config).describe());
        s.put("venue", config.describe());
        s.put("book", withQuotes ? "the record's quotes" : "estimated from the prints (--no-quotes)");
        s.put("workload", workload.describe());
        return s;
    }

    /** A strategy name as a folder name: letters, digits, dot, dash and underscore; anything else becomes '_'. */
    static String folderName(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }

    private static EngineOutcome call(Callable<EngineOutcome> job) {
        try {
            return job.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static EngineOutcome await(Future<EngineOutcome> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("engine run failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the engine runs", e);
        }
    }
}
