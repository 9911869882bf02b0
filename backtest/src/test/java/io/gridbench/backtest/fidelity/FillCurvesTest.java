package io.gridbench.backtest.fidelity;

import io.gridbench.backtest.metrics.Timeline;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FillCurvesTest {

    private static Timeline fills(long[] times, long[] quantities) {
        return new Timeline(times, new long[times.length], quantities, new long[0], new long[0], new long[0],
                new long[0]);
    }

    @Test
    void bothSidesCarryTheirUnitsForwardOnOneTimeAxis() {
        Timeline backtest = fills(new long[]{5_000, 9_000}, new long[]{3, 4});
        Timeline truth = fills(new long[]{2_000, 5_000, 5_000}, new long[]{1, 2, 5});

        FillCurves c = FillCurves.of(backtest, truth, 0);

        assertThat(c.time()).containsExactly(0.0, 2.0, 5.0, 9.0);
        assertThat(c.backtest()).containsExactly(0, 0, 3, 7);
        assertThat(c.truth()).containsExactly(0, 1, 8, 8);
    }
}
