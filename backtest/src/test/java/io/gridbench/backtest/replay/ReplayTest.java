package io.gridbench.backtest.replay;

import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.demand.ConstantDemand;
import io.gridbench.backtest.demand.DemandModel;
import io.gridbench.backtest.demand.Job;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.fill.QueueEstimate;
import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.backtest.strategy.AutoStrategy;
import io.gridbench.backtest.strategy.Strategy;
import io.gridbench.backtest.strategy.StrategyContext;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static io.gridbench.backtest.Fixtures.MIN;
import static io.gridbench.backtest.Fixtures.T0;
import static io.gridbench.backtest.Fixtures.bars;
import static io.gridbench.backtest.Fixtures.data;
import static io.gridbench.backtest.Fixtures.flat;
import static io.gridbench.backtest.Fixtures.prints;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplayTest {
    private static final Workload NOTHING = new Workload(0, DemandModel.NONE, List.of());
    private static final FillConfig FULL = FillConfig.DEFAULTS.withParticipationBps(10_000)
            .withQueue(QueueEstimate.NONE).withLatency(0);

    private static StrategyResult run(MarketData d, FillConfig cfg, Strategy s) {
        return run(d, cfg, NOTHING, s);
    }

    private static StrategyResult run(MarketData d, FillConfig cfg, Workload w, Strategy s) {
        return new Replay(d, FillModel.named("touch"), cfg, w).run(s, "t", "test", Map.of());
    }

    /** Places one limit buy at start. */
    private static Strategy limitAtStart(long qty, long price) {
        return new Strategy() {
            @Override
            public void onStart(StrategyContext ctx) {
                ctx.orders().buyLimit(qty, price);
            }
        };
    }

    @Test
    void anOrderTradesOnlyAgainstBarsOpeningAfterItsLatency() {
        MarketData d = data(bars(new long[]{100, 100, 90, 95, 100}, new long[]{95, 100, 90, 95, 100}));
        StrategyResult noLatency = run(d, FULL, limitAtStart(1, 95));
        StrategyResult latency = run(d, FULL.withLatency(200), limitAtStart(1, 95));
        assertThat(noLatency.timeline().fillTime()).containsExactly(T0 + MIN);
        assertThat(latency.timeline().fillTime()).containsExactly(T0 + 2 * MIN);
    }

    @Test
    void aPrintBeforeActivationDoesNotFill() {
        MarketData d = data(flat(1, 100, 10), prints(new long[]{100, 100, 5, 0}, new long[]{300, 100, 5, 0}));
        StrategyResult r = run(d, FULL.withLatency(200), limitAtStart(1, 100));
        assertThat(r.timeline().fillTime()).containsExactly(T0 + 300);
    }

    @Test
    void aMarketOrderPaysHalfTheSpreadOverTheLastClose() {
        MarketData d = data(flat(3, 100, 1000));
        StrategyResult r = run(d, FULL.withSpread(2), new Strategy() {
            @Override
            public void onBar(StrategyContext ctx) {
                if (ctx.market().barCount() == 1) {
                    ctx.orders().buyMarket(1);
                }
            }
        });
        assertThat(r.timeline().fillPrice()).containsExactly(101L);
        assertThat(r.timeline().fillTime()).containsExactly(T0 + MIN);
    }

    /** Places market buys of {@code sizes} when the first bar closes. */
    private static Strategy marketBuysAfterFirstBar(long... sizes) {
        return new Strategy() {
            @Override
            public void onBar(StrategyContext ctx) {
                if (ctx.market().barCount() == 1) {
                    for (long q : sizes) {
                        ctx.orders().buyMarket(q);
                    }
                }
            }
        };
    }

    @Test
    void aLargeMarketOrderWalksTheBookOneFillPerLevel() {
        MarketData d = data(flat(3, 100, 10));
        StrategyResult r = run(d, FULL.withSpread(2).withDepthUnits(4), marketBuysAfterFirstBar(10));
        assertThat(r.timeline().fillPrice()).containsExactly(101L, 102L, 103L);
        assertThat(r.timeline().fillQuantity()).containsExactly(4L, 4L, 2L);
        assertThat(r.costCents()).isEqualTo(4 * 101 + 4 * 102 + 2 * 103);
    }

    @Test
    void aMarketOrderAfterAQuietBarPaysTheBookNotTheBarVolume() {
        // A bar with no trades says nothing about depth: 10 units fit in the first 40-unit level.
        MarketData d = data(flat(3, 100, 0));
        StrategyResult r = run(d, FULL.withSpread(2), marketBuysAfterFirstBar(10));
        assertThat(r.costCents()).isEqualTo(10 * 101);
    }

    @Test
    void splittingAMarketOrderAtOneInstantDoesNotLowerItsCost() {
        MarketData d = data(flat(3, 100, 10));
        FillConfig cfg = FULL.withSpread(2).withDepthUnits(4);
        StrategyResult one = run(d, cfg, marketBuysAfterFirstBar(10));
        StrategyResult ten = run(d, cfg, marketBuysAfterFirstBar(1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        assertThat(ten.unitsBought()).isEqualTo(10);
        assertThat(ten.costCents()).isEqualTo(one.costCents());
    }

    @Test
    void aMarketableLimitTakesOnlyTheLevelsItsLimitReaches() {
        MarketData d = data(flat(1, 100, 10));
        StrategyResult r = run(d, FULL.withSpread(2).withDepthUnits(4), new Strategy() {
            @Override
            public void onBar(StrategyContext ctx) {
                if (ctx.market().barCount() == 1) {
                    ctx.orders().buyLimit(10, 102);
                }
            }
        });
        assertThat(r.timeline().fillPrice()).containsExactly(101L, 102L);
        assertThat(r.unitsBought()).isEqualTo(8);
    }

    /** Places limit buys of {@code sizes} at {@code price} at the start. */
    private static Strategy limitsAtStart(long price, long... sizes) {
        return new Strategy() {
            @Override
            public void onStart(StrategyContext ctx) {
                for (long q : sizes) {
                    ctx.orders().buyLimit(q, price);
                }
            }
        };
    }

    @Test
    void splittingALimitOrderDoesNotRaiseItsShareOfAPrint() {
        MarketData d = data(flat(1, 100, 10), prints(new long[]{1000, 100, 10, 0}));
        FillConfig tenPercent = FULL.withParticipationBps(1000);
        StrategyResult one = run(d, tenPercent, limitsAtStart(100, 10));
        StrategyResult ten = run(d, tenPercent, limitsAtStart(100, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        assertThat(one.unitsBought()).isEqualTo(1);
        assertThat(ten.unitsBought()).isEqualTo(1);
    }

    @Test
    void splittingALimitOrderDoesNotRaiseItsShareOfABar() {
        MarketData d = data(bars(new long[]{100, 100, 100, 100, 10}, new long[]{100, 100, 100, 100, 10}));
        FillConfig tenPercent = FULL.withParticipationBps(1000);
        StrategyResult one = run(d, tenPercent, limitsAtStart(100, 10));
        StrategyResult ten = run(d, tenPercent, limitsAtStart(100, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        assertThat(ten.unitsBought()).isEqualTo(one.unitsBought()).isEqualTo(2);
    }

    @Test
    void ourOrdersShareAPrintBestPriceFirst() {
        MarketData d = data(flat(1, 100, 10), prints(new long[]{1000, 100, 3, 0}));
        StrategyResult r = run(d, FULL, new Strategy() {
            @Override
            public void onStart(StrategyContext ctx) {
                ctx.orders().buyLimit(5, 100);
                ctx.orders().buyLimit(5, 101);
            }
        });
        assertThat(r.unitsBought()).isEqualTo(3);
        assertThat(r.timeline().fillPrice()).containsExactly(101L);
    }

    @Test
    void aPrintThroughTheLimitFillsBeforeTheQueueAtTheLimitAndWithoutTheCap() {
        // 10 printed at 100 before we join; then a seller prints 4 at 99, through our 100 bid: price priority
        // means the seller met our bid first, whatever the queue at 100 and the participation cap.
        var trades = prints(new long[]{0, 100, 10, 0}, new long[]{1000, 99, 4, 0});
        MarketData d = data(flat(1, 100, 14), trades);
        FillConfig cfg = FULL.withQueue(QueueEstimate.PRINTED).withParticipationBps(1000);
        StrategyResult r = run(d, cfg, new Strategy() {
            @Override
            public void onTrade(StrategyContext ctx, long price, long qty, boolean buy) {
                if (ctx.now() == T0) {
                    ctx.orders().buyLimit(5, 100);
                }
            }
        });
        assertThat(r.timeline().fillQuantity()).containsExactly(4L);
        assertThat(r.timeline().fillPrice()).containsExactly(100L);
    }

    @Test
    void aBarThroughTheLimitFillsItsVolumeBelowTheLimitWithoutTheCap() {
        // 6 ticks 95..100, 12 units: 2 per tick, 6 below a 98 limit.
        MarketData d = data(bars(new long[]{100, 100, 95, 96, 12}, new long[]{96, 97, 96, 97, 10}));
        StrategyResult r = run(d, FULL.withParticipationBps(1000), limitsAtStart(98, 10));
        assertThat(r.timeline().fillQuantity()).containsExactly(6L, 4L);
        assertThat(r.timeline().fillTime()).containsExactly(T0 + MIN, T0 + 2 * MIN);
    }

    /** Places a market buy of one unit at the first print at or after {@code at}. */
    private static Strategy marketBuyAt(long at) {
        return new Strategy() {
            private boolean done;

            @Override
            public void onTrade(StrategyContext ctx, long price, long qty, boolean buy) {
                if (!done && ctx.now() >= at) {
                    done = true;
                    ctx.orders().buyMarket(1);
                }
            }
        };
    }

    @Test
    void anOldBuyPrintBelowTheMarketIsNotTheAsk() {
        // A buyer lifted 230 long ago; since then sellers hit bids at 240 and 241. The ask is above 241.
        var trades = prints(new long[]{0, 230, 1, 1}, new long[]{500_000, 240, 1, 0}, new long[]{520_000, 241, 1, 0});
        MarketData d = data(flat(10, 240, 1), trades);
        StrategyResult r = run(d, FULL.withSpread(2), marketBuyAt(T0 + 520_000));
        assertThat(r.timeline().fillPrice()).containsExactly(243L);
    }

    @Test
    void aBuyPrintIsTheAsk() {
        var trades = prints(new long[]{0, 240, 1, 0}, new long[]{1000, 242, 1, 1});
        MarketData d = data(flat(1, 240, 1), trades);
        StrategyResult r = run(d, FULL.withSpread(6), marketBuyAt(T0 + 1000));
        assertThat(r.timeline().fillPrice()).containsExactly(242L);
    }

    @Test
    void theAssumedSpreadMovesTheCostOfAMarketOrderWithPrints() {
        var trades = prints(new long[]{0, 242, 1, 1}, new long[]{1000, 240, 1, 0});
        MarketData d = data(flat(1, 240, 1), trades);
        assertThat(run(d, FULL.withSpread(2), marketBuyAt(T0 + 1000)).costCents()).isEqualTo(242);
        assertThat(run(d, FULL.withSpread(20), marketBuyAt(T0 + 1000)).costCents()).isEqualTo(260);
    }

    @Test
    void aBarOpeningBelowARestingLimitFillsAtTheLimitNotTheOpen() {
        MarketData d = data(bars(new long[]{100, 100, 100, 100, 10}, new long[]{90, 95, 90, 92, 60}));
        StrategyResult r = run(d, FULL, new Strategy() {
            @Override
            public void onStart(StrategyContext ctx) {
                ctx.orders().buyLimit(3, 98);
            }
        });
        assertThat(r.timeline().fillPrice()).containsExactly(98L);
        assertThat(r.timeline().fillTime()).containsExactly(T0 + 2 * MIN);
    }

    @Test
    void repricingLosesQueuePriority() {
        // 5 printed at 100 before we join: that is the queue ahead. 4 more eat most of it, then 2 arrive.
        var trades = prints(new long[]{0, 100, 5, 0}, new long[]{1000, 100, 4, 0}, new long[]{5000, 100, 2, 0});
        MarketData d = data(flat(1, 100, 11), trades);
        FillConfig cfg = FULL.withQueue(QueueEstimate.PRINTED);
        Strategy stay = new Strategy() {
            @Override
            public void onTrade(StrategyContext ctx, long price, long qty, boolean buy) {
                if (ctx.now() == T0) {
                    ctx.orders().buyLimit(3, 100);
                }
            }
        };
        Strategy hop = new Strategy() {
            long id;

            @Override
            public void onTrade(StrategyContext ctx, long price, long qty, boolean buy) {
                if (ctx.now() == T0) {
                    id = ctx.orders().buyLimit(3, 100);
                } else if (ctx.now() == T0 + 1000) {
                    ctx.orders().reprice(id, 101);
                    ctx.orders().reprice(id, 100);
                }
            }
        };
        assertThat(run(d, cfg, stay).unitsBought()).isEqualTo(1);
        StrategyResult hopped = run(d, cfg, hop);
        assertThat(hopped.unitsBought()).isZero();
        assertThat(hopped.ordersRepriced()).isEqualTo(2);
    }

    @Test
    void aStrategySeesOnlyClosedBarsAndPastPrints() {
        var trades = prints(new long[]{10_000, 101, 1, 1}, new long[]{70_000, 103, 1, 0},
                new long[]{130_000, 99, 1, 1});
        MarketData d = data(bars(new long[]{100, 102, 99, 101, 5}, new long[]{101, 104, 100, 103, 5},
                new long[]{103, 103, 98, 99, 5}), trades);
        List<String> seen = new ArrayList<>();
        Consumer<StrategyContext> check = ctx -> {
            var m = ctx.market();
            for (int i = 0; i < m.barCount(); i++) {
                assertThat(m.barOpenTime(i) + MIN).isLessThanOrEqualTo(ctx.now());
            }
            int next = m.barCount();
            assertThatThrownBy(() -> m.barClose(next)).isInstanceOf(IndexOutOfBoundsException.class);
            seen.add((ctx.now() - T0) + ":" + m.barCount() + ":" + m.lastPrice());
        };
        Strategy recorder = new Strategy() {
            @Override
            public void onBar(StrategyContext ctx) {
                check.accept(ctx);
            }

            @Override
            public void onTrade(StrategyContext ctx, long p, long q, boolean b) {
                check.accept(ctx);
            }
        };
        run(d, FULL, recorder);
        assertThat(seen).containsExactly("10000:0:101", "60000:1:101", "70000:1:103", "120000:2:103",
                "130000:2:99", "180000:3:99");
    }

    @Test
    void doingNothingUnderDemandIsAStockOutForTheWholeSpan() {
        MarketData d = data(flat(60, 100, 10));
        Workload w = new Workload(0, new ConstantDemand(T0, 600_000), List.of());
        StrategyResult r = run(d, FULL, w, new Strategy() {
        });
        assertThat(r.stockOutMillis()).isEqualTo(60 * MIN - 6);
        assertThat(r.unmetTokens()).isEqualTo(600_000);
        assertThat(r.stockOuts()).isEqualTo(1);
    }

    @Test
    void autoModeStocksOutOnlyForTheOrderLatency() {
        MarketData d = data(flat(60, 100, 10));
        Workload w = new Workload(100_000, new ConstantDemand(T0, 600_000), List.of());
        StrategyResult r = run(d, FULL.withLatency(200), w, new AutoStrategy(1, 0));
        assertThat(r.stockOuts()).isEqualTo(1);
        assertThat(r.stockOutMillis()).isEqualTo(200);
        assertThat(r.unitsBought()).isEqualTo(1);
        assertThat(r.unmetTokens()).isBetween(30L, 40L);
        assertThat(r.consumedTokens() + r.unusedTokens()).isEqualTo(1_100_000);
    }

    @Test
    void aMarketOrderBeforeAnyPriceWaitsForTheFirstPrice() {
        MarketData d = data(flat(3, 100, 10));
        StrategyResult r = run(d, FULL, new Strategy() {
            @Override
            public void onStart(StrategyContext ctx) {
                ctx.orders().buyMarket(1);
            }
        });
        assertThat(r.timeline().fillTime()).containsExactly(T0 + MIN);
    }

    @Test
    void anOrderPlacedFromAFillCallbackDuringActivationIsScheduled() {
        // A marketable limit fills while it activates; the order its fill callback places must still activate.
        MarketData d = data(flat(5, 100, 1000));
        StrategyResult r = run(d, FULL.withLatency(200), new Strategy() {
            private boolean again = true;

            @Override
            public void onBar(StrategyContext ctx) {
                if (ctx.market().barCount() == 1) {
                    ctx.orders().buyLimit(1, 110);
                }
            }

            @Override
            public void onFill(StrategyContext ctx, long orderId, long priceTicks, long quantity) {
                if (again) {
                    again = false;
                    ctx.orders().buyLimit(1, 110);
                }
            }
        });
        assertThat(r.timeline().fillTime()).containsExactly(T0 + MIN + 200, T0 + MIN + 400);
    }

    @Test
    void eventsOfOneInstantComeInTheDocumentedOrderAndNothingDueBetweenPrintsWaitsForTheNextPrint() {
        // Prints at 10, 20, 30, 60, 61, 62, 63 and 70 s; bars close at 60, 120 and 180 s. The balance (1 token a
        // millisecond, 15,000 at the start) runs out at 15.001 s, between two prints; a timer is due with the print
        // at 20 s and another between prints, at 25 s; a job arrives with the print at 30 s; the order placed at the
        // print of 61 s becomes active (1 s of latency) with the print at 62 s.
        long[][] rows = {{10_000, 100, 1, 1}, {20_000, 100, 1, 1}, {30_000, 100, 1, 1}, {60_000, 100, 1, 1},
                {61_000, 100, 1, 1}, {62_000, 100, 1, 1}, {63_000, 100, 1, 1}, {70_000, 100, 1, 1}};
        MarketData d = data(flat(3, 100, 10), prints(rows));
        Workload w = new Workload(15_000, new ConstantDemand(T0, 3_600_000),
                List.of(new Job(T0 + 30_000, 1)));
        List<String> log = new ArrayList<>();
        run(d, FULL.withLatency(1_000), w, new Strategy() {
            @Override
            public void onStart(StrategyContext ctx) {
                ctx.at(T0 + 20_000);
                ctx.at(T0 + 25_000);
            }

            @Override
            public void onBar(StrategyContext ctx) {
                log.add("bar@" + (ctx.now() - T0));
            }

            @Override
            public void onTrade(StrategyContext ctx, long price, long qty, boolean buy) {
                log.add("trade@" + (ctx.now() - T0));
                if (ctx.now() == T0 + 61_000) {
                    ctx.orders().buyLimit(1, 100);
                }
            }

            @Override
            public void onFill(StrategyContext ctx, long orderId, long price, long qty) {
                log.add("fill@" + (ctx.now() - T0));
            }

            @Override
            public void onTimer(StrategyContext ctx) {
                log.add("timer@" + (ctx.now() - T0));
            }

            @Override
            public void onStockOut(StrategyContext ctx) {
                log.add("stockout@" + (ctx.now() - T0));
            }

            @Override
            public void onJob(StrategyContext ctx, long tokens) {
                log.add("job@" + (ctx.now() - T0));
            }
        });
        assertThat(log).containsExactly("trade@10000", "stockout@15001", "trade@20000", "timer@20000",
                "timer@25000", "trade@30000", "job@30000", "bar@60000", "trade@60000", "trade@61000", "fill@62000",
                "trade@62000", "trade@63000", "trade@70000", "bar@120000", "bar@180000");
    }

    @Test
    void aReplayRunsOnce() {
        Replay replay = new Replay(data(flat(1, 100, 1)), FillModel.named("touch"), FULL, NOTHING);
        replay.run(new Strategy() {
        }, "a", "t", Map.of());
        assertThatThrownBy(() -> replay.run(new Strategy() {
        }, "a", "t", Map.of())).isInstanceOf(IllegalStateException.class);
    }
}
