package io.gridbench.backtest.strategy;

import io.gridbench.backtest.data.MarketData;
import io.gridbench.backtest.demand.ConstantDemand;
import io.gridbench.backtest.demand.DemandModel;
import io.gridbench.backtest.demand.Job;
import io.gridbench.backtest.demand.Workload;
import io.gridbench.backtest.fill.FillConfig;
import io.gridbench.backtest.fill.FillModel;
import io.gridbench.backtest.fill.QueueEstimate;
import io.gridbench.backtest.metrics.StrategyResult;
import io.gridbench.backtest.replay.Replay;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.gridbench.backtest.Fixtures.MIN;
import static io.gridbench.backtest.Fixtures.T0;
import static io.gridbench.backtest.Fixtures.bars;
import static io.gridbench.backtest.Fixtures.data;
import static io.gridbench.backtest.Fixtures.flat;
import static io.gridbench.backtest.Fixtures.prints;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relative limit prices are computed from the market as known when the order is placed. Each market here changes
 * sharply right after the decision, so a price that peeked at later bars or prints would come out different.
 */
class RelativePricesTest {
    private static final FillConfig CFG = FillConfig.DEFAULTS.withParticipationBps(10_000)
            .withQueue(QueueEstimate.NONE).withLatency(0);
    private static final long HOUR = 60 * MIN;

    private static StrategyResult run(MarketData d, Workload w, Strategy s) {
        return new Replay(d, FillModel.named("touch"), CFG, w).run(s, "s", "t", Map.of());
    }

    private static Workload jobAt(long millisAfterT0) {
        return new Workload(0, DemandModel.NONE, List.of(new Job(T0 + millisAfterT0, 1_000_000)));
    }

    private static LimitPrice vwap(long windowMillis, long offsetBps) {
        return new LimitPrice(LimitPrice.Reference.VWAP, 0, windowMillis, 0, offsetBps);
    }

    /** Buys for jobs only, at {@code p}. */
    private static FixedCeilingStrategy jobBuyer(LimitPrice p) {
        return new FixedCeilingStrategy(p, false, 0, HOUR);
    }

    @Test
    void vwapLeavesOutTheBarStillOpen() {
        // Bar 0 (0-1m) at 2.00, bar 1 (1-2m) at 4.00. A job at 1m30s sees bar 0 only.
        MarketData d = data(bars(new long[]{200, 200, 200, 200, 10}, new long[]{400, 400, 400, 400, 10},
                new long[]{400, 400, 400, 400, 10}));
        StrategyResult r = run(d, jobAt(90_000), jobBuyer(vwap(HOUR, 0)));
        assertThat(r.timeline().orderPrice()).containsExactly(200L);
    }

    @Test
    void vwapOfSeveralBarsWeighsTypicalPricesByVolume() {
        // Typical prices 2.00 (volume 30) and 3.00 (volume 10): (600 + 300) / 40 = 2.25; then 10 bars at 9.00.
        long[][] rows = new long[13][];
        rows[0] = new long[]{200, 210, 190, 200, 30};
        rows[1] = new long[]{300, 330, 270, 300, 10};
        for (int i = 2; i < 13; i++) {
            rows[i] = new long[]{900, 900, 900, 900, 100};
        }
        StrategyResult r = run(data(bars(rows)), jobAt(2 * MIN), jobBuyer(vwap(HOUR, 0)));
        assertThat(r.timeline().orderPrice()).containsExactly(225L);
    }

    @Test
    void vwapCoversOnlyItsTrailingWindow() {
        // 60 bars at 1.00 then 30 at 2.00; at 90m a 30-minute VWAP sees only 2.00, a 24-hour one both.
        long[][] rows = new long[100][];
        for (int i = 0; i < 100; i++) {
            long p = i < 60 ? 100 : i < 90 ? 200 : 900;
            rows[i] = new long[]{p, p, p, p, 10};
        }
        MarketData d = data(bars(rows));
        assertThat(run(d, jobAt(90 * MIN), jobBuyer(vwap(30 * MIN, 0))).timeline().orderPrice())
                .containsExactly(200L);
        assertThat(run(d, jobAt(90 * MIN), jobBuyer(vwap(24 * HOUR, 0))).timeline().orderPrice())
                .containsExactly(133L);
    }

    @Test
    void vwapOfAWindowWithoutVolumeFallsBackToTheLastPrice() {
        MarketData d = data(bars(new long[]{200, 200, 200, 200, 10}, new long[]{210, 210, 210, 210, 0},
                new long[]{210, 210, 210, 210, 0}, new long[]{500, 500, 500, 500, 10}));
        StrategyResult r = run(d, jobAt(3 * MIN), jobBuyer(vwap(MIN, 0)));
        assertThat(r.timeline().orderPrice()).containsExactly(210L);
    }

    @Test
    void percentOffsetRoundsDownToATick() {
        // 2.42 - 1% = 2.3958 -> 2.39; 2.42 + 0.5% = 2.4321 -> 2.43.
        MarketData d = data(flat(3, 242, 10));
        assertThat(run(d, jobAt(MIN), jobBuyer(vwap(HOUR, -100))).timeline().orderPrice())
                .containsExactly(239L);
        assertThat(run(d, jobAt(MIN), jobBuyer(vwap(HOUR, 50))).timeline().orderPrice())
                .containsExactly(243L);
    }

    @Test
    void lastIsTheLatestPrintBeforeNowPlusItsOffset() {
        // Prints at 2.00 (10s), 2.10 (20s), 9.00 (40s); the job at 30s sees 2.10.
        MarketData d = data(flat(2, 200, 10), prints(new long[]{10_000, 200, 5, 0}, new long[]{20_000, 210, 5, 1},
                new long[]{40_000, 900, 5, 1}));
        LimitPrice last = new LimitPrice(LimitPrice.Reference.LAST, 0, 0, 0, 100);
        assertThat(run(d, jobAt(30_000), jobBuyer(last)).timeline().orderPrice())
                .containsExactly(212L);
    }

    @Test
    void midIsHalfTheSpreadFromTheSideTheLastPrintShowed() {
        // At 30s the last print lifted the ask at 2.06: the bid is 2 ticks (the default spread) below, mid 2.05.
        MarketData d = data(flat(2, 200, 10), prints(new long[]{10_000, 200, 5, 0}, new long[]{20_000, 206, 5, 1},
                new long[]{40_000, 100, 5, 0}));
        LimitPrice mid = new LimitPrice(LimitPrice.Reference.MID, 0, 0, -2, 0);
        assertThat(run(d, jobAt(30_000), jobBuyer(mid)).timeline().orderPrice())
                .containsExactly(203L);
    }

    @Test
    void fixedCeilingWantingToBuyBeforeAnyPriceIsKnownBuysWhenTheFirstBarCloses() {
        MarketData d = data(bars(new long[]{250, 250, 250, 250, 10}, new long[]{300, 300, 300, 300, 10}));
        Workload w = new Workload(0, DemandModel.NONE, List.of());
        StrategyResult r = run(d, w, new FixedCeilingStrategy(vwap(HOUR, 0), false, 3, 4 * HOUR));
        assertThat(r.timeline().orderTime()).containsExactly(T0 + MIN);
        assertThat(r.timeline().orderPrice()).containsExactly(250L);
        assertThat(r.unitsOrdered()).isEqualTo(3);
    }

    @Test
    void bufferReplenishPricesEachOrderAtItsCheck() {
        // 1.00 for 10 minutes, then 2.00: each check (not counting open orders) buys at last - 1 tick as of then.
        long[][] rows = new long[20][];
        for (int i = 0; i < 20; i++) {
            long p = i < 10 ? 100 : 200;
            rows[i] = new long[]{p, p, p, p, 1000};
        }
        Workload w = new Workload(0, new ConstantDemand(T0, 600_000_000), List.of());
        LimitPrice last = new LimitPrice(LimitPrice.Reference.LAST, 0, 0, -1, 0);
        StrategyResult r = run(data(bars(rows)), w, new BufferReplenishStrategy(5, 10, false, last, 5 * MIN,
                false));
        assertThat(r.timeline().orderTime()).startsWith(T0 + 5 * MIN, T0 + 10 * MIN, T0 + 15 * MIN);
        assertThat(r.timeline().orderPrice()).startsWith(99L, 99L, 199L);
    }

    @Test
    void spreadTrackingCeilingFollowsTheMarket() {
        // Closes 2.00, 2.10, 2.20, 2.30, bid estimate close - 1, ceiling last - 5 ticks: 195, 205, 215, 225.
        MarketData d = data(bars(new long[]{200, 200, 200, 200, 10}, new long[]{210, 210, 210, 210, 10},
                new long[]{220, 220, 220, 220, 10}, new long[]{230, 230, 230, 230, 10}));
        Workload w = new Workload(0, DemandModel.NONE, List.of());
        LimitPrice ceiling = new LimitPrice(LimitPrice.Reference.LAST, 0, 0, -5, 0);
        StrategyResult r = run(d, w, new SpreadTrackingStrategy(0, SpreadTrackingStrategy.Peg.BID, ceiling, 1,
                5, 10));
        assertThat(r.timeline().orderPrice()).containsExactly(195L, 205L, 215L, 225L);
    }

    @Test
    void textFormSpellsOutTheDefaultWindow() {
        assertThat(vwap(LimitPrice.DEFAULT_VWAP_WINDOW_MILLIS, -150)).hasToString("vwap(24h)-1.5%");
        assertThat(new LimitPrice(LimitPrice.Reference.MID, 0, 0, -2, 0)).hasToString("mid-0.02");
        assertThat(LimitPrice.fixed(242)).hasToString("2.42");
    }
}
