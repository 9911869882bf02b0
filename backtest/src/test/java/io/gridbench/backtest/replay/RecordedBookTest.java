package io.gridbench.backtest.replay;

import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.demand.DemandModel;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.fill.QueueEstimate;
import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.backtest.strategy.Strategy;
import io.gridbench.backtest.strategy.StrategyContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static io.gridbench.backtest.Fixtures.T0;
import static io.gridbench.backtest.Fixtures.data;
import static io.gridbench.backtest.Fixtures.flat;
import static io.gridbench.backtest.Fixtures.prints;
import static io.gridbench.backtest.Fixtures.quotes;
import static org.assertj.core.api.Assertions.assertThat;

/** With recorded quotes the replay reads the book instead of estimating it. */
class RecordedBookTest {
    private static final FillConfig BOOK = FillConfig.DEFAULTS.withParticipationBps(10_000)
            .withQueue(QueueEstimate.RISK_AVERSE).withLatency(0).withDepthUnits(10);

    private static StrategyResult run(MarketData d, FillConfig cfg, Strategy s) {
        return new Replay(d, FillModel.named("touch"), cfg, new Workload(0, DemandModel.NONE, List.of()))
                .run(s, "t", "test", Map.of());
    }

    /** Places {@code place} when the clock reaches {@code at}, using a timer. */
    private static Strategy at(long at, Consumer<StrategyContext> place) {
        return new Strategy() {
            @Override
            public void onStart(StrategyContext ctx) {
                ctx.at(T0 + at);
            }

            @Override
            public void onTimer(StrategyContext ctx) {
                place.accept(ctx);
            }
        };
    }

    @Test
    void aMarketOrderTakesTheRecordedAskSizeThenWalksTheDepth() {
        MarketData d = data(flat(1, 100, 0), null, quotes(new long[]{0, 99, 5, 101, 3}));
        StrategyResult r = run(d, BOOK, at(1000, ctx -> ctx.orders().buyMarket(5)));
        assertThat(r.timeline().fillPrice()).containsExactly(101L, 102L);
        assertThat(r.timeline().fillQuantity()).containsExactly(3L, 2L);
    }

    @Test
    void joiningTheBestBidQueuesBehindItsDisplayedSize() {
        // 4 displayed at 99; prints of 3 then 3 at 99: the first 4 go to the queue, we get 2.
        MarketData d = data(flat(1, 100, 6), prints(new long[]{2000, 99, 3, 0}, new long[]{3000, 99, 3, 0}),
                quotes(new long[]{0, 99, 4, 101, 3}));
        StrategyResult r = run(d, BOOK, at(1000, ctx -> ctx.orders().buyLimit(5, 99)));
        assertThat(r.unitsBought()).isEqualTo(2);
    }

    @Test
    void aBidAboveTheBestBidHasNoQueue() {
        MarketData d = data(flat(1, 100, 6), prints(new long[]{2000, 100, 3, 0}),
                quotes(new long[]{0, 99, 4, 101, 3}));
        StrategyResult r = run(d, BOOK, at(1000, ctx -> ctx.orders().buyLimit(5, 100)));
        assertThat(r.unitsBought()).isEqualTo(3);
    }

    @Test
    void cancellationsAtOurLevelAdvanceUsOnlyUnderTheProbabilisticModel() {
        // 10 displayed at 99 when we join, 10 more join behind us, then 6 are canceled; then 9 print at 99.
        MarketData d = data(flat(1, 100, 9), prints(new long[]{3000, 99, 9, 0}), quotes(
                new long[]{0, 99, 10, 101, 3}, new long[]{1500, 99, 20, 101, 3}, new long[]{2000, 99, 14, 101, 3}));
        Strategy bid = at(1000, ctx -> ctx.orders().buyLimit(5, 99));
        assertThat(run(d, BOOK, bid).unitsBought()).as("risk-averse: all 10 still ahead").isZero();
        assertThat(run(d, BOOK.withQueue(QueueEstimate.PROBABILISTIC), bid).unitsBought())
                .as("probabilistic: half of the canceled 6 were ahead").isEqualTo(2);
    }

    @Test
    void anAskAtOrBelowARestingBidFillsItAtTheBid() {
        MarketData d = data(flat(1, 100, 0), null,
                quotes(new long[]{0, 98, 5, 101, 3}, new long[]{5000, 97, 5, 99, 4}));
        StrategyResult r = run(d, BOOK, at(1000, ctx -> ctx.orders().buyLimit(10, 100)));
        assertThat(r.timeline().fillPrice()).containsExactly(100L);
        assertThat(r.timeline().fillQuantity()).containsExactly(4L);
        assertThat(r.timeline().fillTime()).containsExactly(T0 + 5000);
    }

    @Test
    void theBidAndAskStrategiesSeeAreTheRecordedOnes() {
        MarketData d = data(flat(1, 100, 1), prints(new long[]{500, 130, 1, 1}),
                quotes(new long[]{0, 98, 5, 103, 3}));
        long[] seen = new long[2];
        run(d, BOOK, at(1000, ctx -> {
            seen[0] = ctx.market().bidEstimate();
            seen[1] = ctx.market().askEstimate();
        }));
        assertThat(seen).containsExactly(98, 103);
    }
}
