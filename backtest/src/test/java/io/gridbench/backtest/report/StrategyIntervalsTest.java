package io.gridbench.backtest.report;

import io.gridbench.backtest.uncertainty.Interval;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StrategyIntervalsTest {
    private static final Interval TTF = new Interval(4_320_000, 3_120_000, 5_400_000, 0.95);

    @Test
    void theSentenceGivesTheEstimateAndBothBounds() {
        var i = new StrategyIntervals("spread-tracking", new Interval(-2.21, -2.6, -1.83, 0.95), TTF);
        assertThat(i.sentence()).isEqualTo("spread-tracking: -2.21% vs auto (95% CI -2.60% to -1.83%); ttf p50 1.2h"
                + " (95% CI 52.0m to 1.5h)");
    }

    @Test
    void anIntervalThatIncludesZeroSaysItIsNotDistinguishable() {
        var i = new StrategyIntervals("b", new Interval(-0.2, -0.9, 0.4, 0.95), TTF);
        assertThat(i.sentence()).contains("(95% CI -0.90% to +0.40%, not distinguishable from auto)");
    }

    @Test
    void theBaselineHasOnlyItsWaitAndAStrategyWithoutCompleteFillsSaysSo() {
        assertThat(new StrategyIntervals("auto", Interval.none(0.95), TTF).sentence())
                .isEqualTo("auto: ttf p50 1.2h (95% CI 52.0m to 1.5h)");
        assertThat(new StrategyIntervals("x", new Interval(1, 0.5, 1.5, 0.95), Interval.none(0.95)).sentence())
                .endsWith("; no order filled completely");
    }
}
