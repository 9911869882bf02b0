package io.gridbench.backtest.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ChartSeriesTest {

    @Test
    void manyEventsBecomeAtMostOneMarkerPerBucket() {
        int n = 100_000;
        long[] t = new long[n];
        long[] p = new long[n];
        long[] q = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 60_000L;
            p[i] = 240 + i % 5;
            q[i] = 1;
        }
        double[][] s = ChartSeries.bucketed(t, p, q, 0, n * 60_000L, 240);
        assertThat(s[0]).hasSizeLessThanOrEqualTo(240).hasSize(s[1].length);
    }

    @Test
    void aBucketShowsTheQuantityWeightedAveragePriceAtItsFirstEvent() {
        long[] t = {1_000, 2_000, 9_000};
        long[] p = {200, 300, 500};
        long[] q = {3, 1, 1};
        double[][] s = ChartSeries.bucketed(t, p, q, 0, 10_000, 2);
        assertThat(s[0]).containsExactly(1.0, 9.0);
        assertThat(s[1][0]).isCloseTo(2.25, within(1e-9));
        assertThat(s[1][1]).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void eventsWithoutAPriceAreNotDrawn() {
        double[][] s = ChartSeries.bucketed(new long[]{1, 2}, new long[]{0, 0}, null, 0, 10, 5);
        assertThat(s[0]).isEmpty();
    }

    @Test
    void histogramLabelsAreThinnedSoTheyCannotOverlap() {
        assertThat(HtmlReport.labelEvery(6)).isEqualTo(1);
        assertThat(HtmlReport.labelEvery(18)).isEqualTo(3);
    }
}
