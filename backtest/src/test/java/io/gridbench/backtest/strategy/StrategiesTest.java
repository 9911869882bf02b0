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
import static org.assertj.core.api.Assertions.assertThat;

class StrategiesTest {
    private static final FillConfig CFG = FillConfig.DEFAULTS.withParticipationBps(10_000)
            .withQueue(QueueEstimate.NONE).withLatency(0);

    private static StrategyResult run(MarketData d, Workload w, Strategy s) {
        return new Replay(d, FillModel.named("touch"), CFG, w).run(s, "s", "t", Map.of());
    }

    @Test
    void fixedCeilingBuysWhatAJobNeedsAtTheCeilingAndWaits() {
        // Market at 2.50 for 5 bars, then dips to 2.40: the 2.40 bid fills only in the dip.
        MarketData d = data(bars(new long[]{250, 250, 250, 250, 100}, new long[]{250, 250, 250, 250, 100},
                new long[]{250, 250, 250, 250, 100}, new long[]{250, 250, 240, 245, 100},
                new long[]{245, 250, 245, 250, 100}));
        Workload w = new Workload(0, DemandModel.NONE, List.of(new Job(T0 + 30_000, 2_500_000)));
        StrategyResult r = run(d, w, new FixedCeilingStrategy(240, false, 0, 4 * 60 * MIN));
        assertThat(r.ordersPlaced()).isEqualTo(1);
        assertThat(r.unitsOrdered()).isEqualTo(3);
        assertThat(r.timeline().orderPrice()).containsExactly(240L);
        assertThat(r.timeline().fillTime()).containsExactly(T0 + 4 * MIN);
        assertThat(r.timeToFill().max()).isEqualTo(4 * MIN - 30_000);
        assertThat(r.jobsStarted()).isEqualTo(1);
        assertThat(r.jobWait().max()).isEqualTo(4 * MIN - 30_000);
    }

    @Test
    void fixedCeilingCountsExistingBalanceOnlyWhenAsked() {
        MarketData d = data(flat(3, 200, 100));
        Workload w = new Workload(2_000_000, DemandModel.NONE, List.of(new Job(T0, 3_000_000)));
        assertThat(run(d, w, new FixedCeilingStrategy(240, true, 0, MIN)).unitsOrdered()).isEqualTo(1);
        assertThat(run(d, w, new FixedCeilingStrategy(240, false, 0, MIN)).unitsOrdered()).isEqualTo(3);
    }

    @Test
    void fixedCeilingPlacesOneOrderPerWindow() {
        MarketData d = data(flat(10, 200, 100));
        Workload w = new Workload(0, DemandModel.NONE, List.of());
        StrategyResult r = run(d, w, new FixedCeilingStrategy(190, false, 2, 3 * MIN));
        assertThat(r.ordersPlaced()).isEqualTo(4);
        assertThat(r.unitsBought()).isZero();
        assertThat(r.ordersOpenAtEnd()).isEqualTo(4);
        assertThat(r.fillRate()).isZero();
    }

    @Test
    void bufferReplenishBuysBelowTheThresholdOnItsSchedule() {
        MarketData d = data(flat(30, 200, 1000));
        Workload w = new Workload(6_000_000, new ConstantDemand(T0, 60_000_000), List.of());
        StrategyResult r = run(d, w, new BufferReplenishStrategy(5, 10, true, 0, 5 * MIN, true));
        // 1M tokens a minute from 6M: below 5M after the first minute; the 5-minute check buys at +5m.
        assertThat(r.timeline().orderTime()[0]).isEqualTo(T0 + 5 * MIN);
        assertThat(r.marketOrders()).isEqualTo(r.ordersPlaced());
    }

    @Test
    void bufferReplenishDoesNotStackLimitOrdersWhenCountingOpenOnes() {
        MarketData d = data(flat(30, 200, 1000));
        Workload w = new Workload(0, DemandModel.NONE, List.of());
        assertThat(run(d, w, new BufferReplenishStrategy(5, 10, false, 150, 5 * MIN, true)).ordersPlaced())
                .isEqualTo(1);
        assertThat(run(d, w, new BufferReplenishStrategy(5, 10, false, 150, 5 * MIN, false)).ordersPlaced())
                .isEqualTo(7);
    }

    @Test
    void spreadTrackingFollowsTheBidAndStopsAtTheCeiling() {
        // closes 200, 210, 220, 230 with a 2-tick spread: bid estimate close-1, capped at 215.
        MarketData d = data(bars(new long[]{200, 200, 200, 200, 10}, new long[]{210, 210, 210, 210, 10},
                new long[]{220, 220, 220, 220, 10}, new long[]{230, 230, 230, 230, 10}));
        Workload w = new Workload(0, DemandModel.NONE, List.of());
        StrategyResult r = run(d, w, new SpreadTrackingStrategy(-5, SpreadTrackingStrategy.Peg.BID, 215, 1,
                5, 10));
        assertThat(r.timeline().orderPrice()).containsExactly(194L, 204L, 214L, 215L);
        assertThat(r.ordersPlaced()).isEqualTo(1);
        assertThat(r.ordersRepriced()).isEqualTo(3);
    }

    @Test
    void autoBuysEnoughForAWaitingJob() {
        MarketData d = data(flat(5, 200, 1000));
        Workload w = new Workload(0, DemandModel.NONE, List.of(new Job(T0 + 90_000, 2_500_000)));
        StrategyResult r = run(d, w, new AutoStrategy(1, 0));
        assertThat(r.unitsBought()).isEqualTo(3);
        assertThat(r.marketOrders()).isEqualTo(1);
        assertThat(r.jobsStarted()).isEqualTo(1);
        assertThat(r.jobWait().max()).isZero();
    }
}
