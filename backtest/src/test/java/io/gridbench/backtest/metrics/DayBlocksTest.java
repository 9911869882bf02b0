package io.gridbench.backtest.metrics;

import io.gridbench.backtest.demand.ConsumptionAccount;
import io.gridbench.backtest.demand.ConstantDemand;
import io.gridbench.backtest.demand.Workload;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.gridbench.backtest.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

class DayBlocksTest {
    private static final long DAY = DayBlocks.DAY_MILLIS;
    private static final long HOUR = 3_600_000L;

    private static DayBlocks record(long start, long end, RecorderScript script) {
        RunRecorder r = new RunRecorder(60_000, start, end, new MarketTape());
        script.play(r);
        Workload w = new Workload(0, new ConstantDemand(start, 0), List.of());
        return r.result("s", "t", Map.of(), new ConsumptionAccount(w, start)).days();
    }

    interface RecorderScript {
        void play(RunRecorder r);
    }

    @Test
    void fillsAreFiledUnderTheUtcDayTheyHappenedOn() {
        DayBlocks d = record(T0 + 6 * HOUR, T0 + 2 * DAY + 6 * HOUR, r -> {
            r.placed(1, T0 + 6 * HOUR, 250, 10, false, 0);
            r.fill(1, T0 + 7 * HOUR, 240, 2);
            r.fill(1, T0 + DAY + HOUR, 250, 1);
            r.fill(1, T0 + DAY + 2 * HOUR, 230, 3);
        });
        assertThat(d.firstDayMillis()).isEqualTo(T0);
        assertThat(d.days()).isEqualTo(3);
        assertThat(d.costCents()).containsExactly(480, 940, 0);
        assertThat(d.units()).containsExactly(2, 4, 0);
    }

    @Test
    void aCompletedOrderIsFiledUnderTheDayOfTheFillThatCompletedIt() {
        DayBlocks d = record(T0, T0 + 2 * DAY, r -> {
            r.placed(1, T0 + HOUR, 240, 2, false, 0);
            r.fill(1, T0 + HOUR, 240, 1);
            r.fill(1, T0 + DAY + HOUR, 240, 1);
            r.completed(DAY);
        });
        assertThat(d.orderDay()).containsExactly(1);
        assertThat(d.orderWait()).containsExactly(DAY);
    }

    @Test
    void aPeriodThatEndsAtMidnightHasNoEmptyDayAfterIt() {
        assertThat(record(T0, T0 + 2 * DAY, r -> { }).days()).isEqualTo(2);
    }
}
