package io.gridbench.backtest.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {

    @Test
    void differenceScaleIsTheSmallestRoundStepHoldingTheLargestDifference() {
        assertThat(HtmlReport.niceScale(0)).isEqualTo(0.5);
        assertThat(HtmlReport.niceScale(0.9)).isEqualTo(1);
        assertThat(HtmlReport.niceScale(1.87)).isEqualTo(2);
        assertThat(HtmlReport.niceScale(3.9)).isEqualTo(5);
        assertThat(HtmlReport.niceScale(12)).isEqualTo(20);
        assertThat(HtmlReport.niceScale(21)).isEqualTo(50);
    }

    @Test
    void aStrategyNamedAfterItsTypeIsNotRepeated() {
        assertThat(HtmlReport.nameAndType("buffer-replenish", "buffer-replenish")).isEqualTo("buffer-replenish");
        assertThat(HtmlReport.nameAndType("cheap", "buffer-replenish")).isEqualTo("cheap (buffer-replenish)");
    }
}
