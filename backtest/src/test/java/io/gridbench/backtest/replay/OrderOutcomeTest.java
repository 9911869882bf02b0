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

import static io.gridbench.backtest.Fixtures.MIN;
import static io.gridbench.backtest.Fixtures.data;
import static io.gridbench.backtest.Fixtures.flat;
import static io.gridbench.backtest.Fixtures.prints;
import static org.assertj.core.api.Assertions.assertThat;

/** Every order placed is reported by its outcome, and time to fill covers first fills as well as full ones. */
class OrderOutcomeTest {
    private static final Workload NOTHING = new Workload(0, DemandModel.NONE, List.of());
    private static final FillConfig FULL = FillConfig.DEFAULTS.withParticipationBps(10_000)
            .withQueue(QueueEstimate.NONE).withLatency(0);

    /**
     * We bid A = 10 at 1.00, then B = 4 at 1.00 and C = 1 at 0.90. A seller prints 5 at 0.99 after 1 minute (A,
     * first in time, takes them); A is canceled after 2 minutes; 15 more print at 0.99 after 3 minutes (B takes
     * 4). C never trades.
     */
    private static StrategyResult run() {
        MarketData d = data(flat(5, 100, 10), prints(new long[]{MIN, 99, 5, 0}, new long[]{3 * MIN, 99, 15, 0}));
        return new Replay(d, FillModel.named("trade-through"), FULL, NOTHING).run(new Strategy() {
            private long a;

            @Override
            public void onStart(StrategyContext ctx) {
                a = ctx.orders().buyLimit(10, 100);
                ctx.orders().buyLimit(4, 100);
                ctx.orders().buyLimit(1, 90);
                ctx.at(ctx.now() + 2 * MIN);
            }

            @Override
            public void onTimer(StrategyContext ctx) {
                ctx.orders().cancel(a);
            }
        }, "t", "test", Map.of());
    }

    @Test
    void ordersAreCountedByOutcome() {
        StrategyResult r = run();
        assertThat(r.ordersPlaced()).isEqualTo(3);
        assertThat(r.ordersFilled()).as("B").isEqualTo(1);
        assertThat(r.ordersPartlyFilled()).as("A").isEqualTo(1);
        assertThat(r.ordersNeverFilled()).as("C").isEqualTo(1);
        assertThat(r.ordersCanceled()).isEqualTo(1);
        assertThat(r.ordersOpenAtEnd()).isEqualTo(1);
    }

    @Test
    void timeToFirstFillCountsOrdersThatFilledOnlyInPart() {
        StrategyResult r = run();
        assertThat(r.timeToFirstFill().count()).isEqualTo(2);
        assertThat(r.timeToFirstFill().p50()).isEqualTo(MIN);
        assertThat(r.timeToFirstFill().max()).isEqualTo(3 * MIN);
        assertThat(r.timeToFill().count()).isEqualTo(1);
        assertThat(r.timeToFill().max()).isEqualTo(3 * MIN);
    }
}
