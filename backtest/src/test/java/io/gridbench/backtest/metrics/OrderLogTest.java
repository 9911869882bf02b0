package io.gridbench.backtest.metrics;

import io.gridbench.backtest.demand.ConsumptionAccount;
import io.gridbench.backtest.demand.ConstantDemand;
import io.gridbench.backtest.demand.Workload;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.gridbench.backtest.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

class OrderLogTest {
    private static final long MIN = 60_000L;
    private static final Offset<Double> EXACT = Offset.offset(1e-9);
    private final MarketTape tape = new MarketTape();
    private final RunRecorder r = new RunRecorder(MIN, T0, T0 + 60 * MIN, tape);

    private OrderLog log() {
        r.close();
        Workload w = new Workload(0, new ConstantDemand(T0, 0), List.of());
        return r.result("s", "t", Map.of(), new ConsumptionAccount(w, T0)).orders();
    }

    @Test
    void eachOrderKeepsItsLifeFromPlacementToFullFill() {
        r.placed(1, T0, 240, 3, false, 245);
        r.fill(1, T0 + MIN, 240, 1);
        r.fill(1, T0 + 5 * MIN, 239, 2);
        OrderLog o = log();
        assertThat(o.size()).isEqualTo(1);
        assertThat(o.filled()).containsExactly(3);
        assertThat(o.costCents()).containsExactly(240 + 2 * 239);
        assertThat(o.firstFillAt()).containsExactly(T0 + MIN);
        assertThat(o.fullFillAt()).containsExactly(T0 + 5 * MIN);
        assertThat(o.canceledAt()).containsExactly(-1);
        assertThat(o.arrivalTicks()).containsExactly(245);
    }

    @Test
    void theLifeVwapCoversOnlyWhatTradedWhileTheOrderLived() {
        tape.add(300, 100);                       // before: not in the order's life
        r.placed(1, T0, 240, 1, false, 240);
        tape.add(240, 10);
        tape.add(250, 30);
        r.fill(1, T0 + MIN, 240, 1);              // complete: the life ends here
        tape.add(100, 1000);                      // after: not in it either
        assertThat(log().lifeVwap()[0]).isCloseTo((240.0 * 10 + 250 * 30) / 40, EXACT);
    }

    @Test
    void aCanceledOrdersLifeEndsAtTheCancelAndAnOpenOnesAtTheEndOfTheRun() {
        r.placed(1, T0, 240, 1, false, 240);
        r.placed(2, T0, 235, 1, false, 240);
        tape.add(250, 10);
        r.canceled(1, T0 + MIN, 0);
        tape.add(230, 10);
        OrderLog o = log();
        assertThat(o.canceledAt()).containsExactly(T0 + MIN, -1);
        assertThat(o.lifeVwap()[0]).isCloseTo(250, EXACT);
        assertThat(o.lifeVwap()[1]).isCloseTo(240, EXACT);
    }

    @Test
    void shortfallIsWhatWasPaidAgainstEachOrdersOwnBenchmarkWeightedByUnits() {
        r.placed(1, T0, 300, 1, false, 200);
        r.placed(2, T0, 300, 3, false, 300);
        tape.add(250, 10);
        r.fill(1, T0, 210, 1);
        r.fill(2, T0, 297, 3);
        OrderLog o = log();
        assertThat(o.arrivalShortfallPct()).isCloseTo(((210.0 + 3 * 297) / (200 + 3 * 300) - 1) * 100, EXACT);
        assertThat(o.lifeVwapShortfallPct()).isCloseTo(((210.0 + 3 * 297) / (4 * 250) - 1) * 100, EXACT);
    }

    @Test
    void anOrderWithoutAnArrivalPriceIsLeftOutOfTheArrivalFigure() {
        r.placed(1, T0, 300, 1, true, 0);
        r.fill(1, T0, 999, 1);
        assertThat(log().arrivalShortfallPct()).isNaN();
    }
}
