package io.gridbench.backtest.fidelity;

import io.gridbench.backtest.config.DemandFiles;
import io.gridbench.backtest.config.StrategyFiles;
import io.gridbench.backtest.config.StrategySpec;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.history.GeneratorRun;
import io.gridbench.backtest.history.HistoryGenerator;
import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.backtest.strategy.Strategy;
import io.gridbench.backtest.strategy.StrategyContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EngineRunTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "strategies");
    private static final MarketSetup ONE_DAY = new MarketSetup("chat-fast", 5, LocalDate.of(2026, 8, 1), 1,
            MarketSetup.DEFAULT_WARM_UP_MILLIS, GeneratorRun.defaultSettings());

    @TempDir
    Path dir;

    private static Workload workload() {
        return DemandFiles.defaults(ONE_DAY.startMillis());
    }

    private static EngineOutcome run(StrategySpec spec, long latencyMillis) {
        return new EngineRun(ONE_DAY, workload(), latencyMillis, 2).run(spec);
    }

    private static StrategySpec spec(String name, Strategy strategy) {
        return new StrategySpec(name, "custom", Map.of(), () -> strategy);
    }

    private static StrategySpec example(String file) {
        return StrategyFiles.load(List.of(EXAMPLES.resolve(file)), List.of()).get(0);
    }

    @Test
    void aStrategyThatNeverTradesLeavesTheRecordByteIdentical() throws IOException {
        // Rests a bid far below the market all day and re-prices it every hour: orders, but no trade.
        Strategy idle = new Strategy() {
            private long order;

            @Override
            public void onStart(StrategyContext ctx) {
                order = ctx.orders().buyLimit(50, 1);
                ctx.every(3_600_000L);
            }

            @Override
            public void onTimer(StrategyContext ctx) {
                ctx.orders().reprice(order, ctx.orders().price(order) == 1 ? 2 : 1);
            }
        };
        EngineOutcome without = new EngineRun(ONE_DAY, workload(), 200, 2).runWithoutStrategy();
        EngineOutcome with = run(spec("idle", idle), 200);

        List<Path> a = HistoryGenerator.writeRecord(dir.resolve("without"), without.trades(), null,
                ONE_DAY.startMillis(), ONE_DAY.endMillis(), Map.of("run", "same"));
        List<Path> b = HistoryGenerator.writeRecord(dir.resolve("with"), with.trades(), null, ONE_DAY.startMillis(),
                ONE_DAY.endMillis(), Map.of("run", "same"));
        assertThat(with.result().ordersPlaced()).isEqualTo(1);
        assertThat(with.result().ordersRepriced()).isEqualTo(24);
        assertThat(with.result().unitsBought()).isZero();
        for (int i = 0; i < a.size(); i++) {
            assertThat(Files.readAllBytes(b.get(i))).as(b.get(i).toString()).isEqualTo(Files.readAllBytes(a.get(i)));
        }
        assertThat(without.spanTrades()).hasSizeGreaterThan(500);
    }

    @Test
    void theTruthsOwnTradesAddUpToItsUnitsAndCost() {
        EngineOutcome truth = run(example("fixed-ceiling.yaml"), 200);

        long[] own = truth.strategyUnitsAndCents();
        StrategyResult r = truth.result();
        assertThat(r.unitsBought()).isPositive();
        assertThat(own).containsExactly(r.unitsBought(), r.costCents());
    }

    @Test
    void theSameSeedGivesTheSameTruth() {
        EngineOutcome a = run(example("spread-tracking.yaml"), 200);
        EngineOutcome b = run(example("spread-tracking.yaml"), 200);

        assertThat(b.trades()).isEqualTo(a.trades());
        assertThat(b.strategyBought()).isEqualTo(a.strategyBought());
        assertThat(b.result().costCents()).isEqualTo(a.result().costCents());
    }

    @Test
    void aMarketBuyWaitsOutTheLatencyThenWalksTheRealBook() {
        Strategy once = new Strategy() {
            @Override
            public void onStart(StrategyContext ctx) {
                ctx.at(ctx.now() + 3_600_000L);
            }

            @Override
            public void onTimer(StrategyContext ctx) {
                ctx.orders().buyMarket(200);
            }
        };
        EngineOutcome truth = run(spec("sweep", once), 5_000);

        StrategyResult r = truth.result();
        assertThat(r.unitsBought()).isEqualTo(200);
        assertThat(r.timeToFill().max()).as("HdrHistogram, 3 digits").isBetween(5_000L, 5_005L);
        // 200 units take several 40-unit levels of the supplier's ladder: the fills span more than one price.
        assertThat(r.timeline().fillPrice()).hasSizeGreaterThan(1);
        long first = r.timeline().fillPrice()[0];
        long last = r.timeline().fillPrice()[r.timeline().fillPrice().length - 1];
        assertThat(last).isGreaterThan(first);
        assertThat(r.timeline().fillTime()).containsOnly(ONE_DAY.startMillis() + 3_600_000L + 5_000);
    }

    @Test
    void theStrategySeesOnlyBarsThatHaveClosed() {
        long[] seen = new long[2];
        Strategy watcher = new Strategy() {
            @Override
            public void onStart(StrategyContext ctx) {
                ctx.every(90_000L);
            }

            @Override
            public void onTimer(StrategyContext ctx) {
                long closed = (ctx.now() - ONE_DAY.startMillis()) / MarketSetup.BAR_MILLIS;
                if (ctx.market().barCount() != closed) {
                    seen[1]++;
                }
                seen[0]++;
            }
        };
        run(spec("watcher", watcher), 200);

        assertThat(seen[0]).isEqualTo(960);
        assertThat(seen[1]).isZero();
    }
}
