package io.gridbench.backtest.metrics;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

class PercentilesTest {

    private static final long SEED = 20_261_202L;

    private static Histogram recorded(List<Long> values) {
        Histogram h = new Histogram(3);
        values.forEach(h::recordValue);
        return h;
    }

    @Test
    void percentilesAreWhatHdrHistogramReportsForAnyWaits() {
        // Waits from 0 ms to 90 days, as a backtest over the shipped data records them.
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(lists().of(longs().between(0, 90L * 86_400_000L)).ofSizeBetween(1, 400))
                .checkAssert(values -> {
                    Histogram h = recorded(values);
                    Percentiles p = Percentiles.of(h);
                    assertThat(new long[]{p.count(), p.p50(), p.p90(), p.p99(), p.max()}).containsExactly(
                            h.getTotalCount(), h.getValueAtPercentile(50), h.getValueAtPercentile(90),
                            h.getValueAtPercentile(99), h.getMaxValue());
                });
    }

    @Test
    void chartBucketsCountEveryValueBetweenItsEdgeAndTwiceIt() {
        Percentiles p = Percentiles.of(recorded(List.of(0L, 1L, 2L, 3L, 900L, 1_000L)));
        assertThat(p.histogramEdges()).startsWith(0, 1, 2, 4, 8);
        assertThat(p.histogramCounts()).startsWith(1, 1, 2);
        assertThat(p.histogramCounts()[10]).isEqualTo(2);
        assertThat(p.histogramCounts()).containsOnly(0, 1, 2).hasSize(11);
    }

    @Test
    void nothingRecordedIsAllZeros() {
        Percentiles p = Percentiles.of(new Histogram(3));
        assertThat(new long[]{p.count(), p.p50(), p.p90(), p.p99(), p.max()}).containsOnly(0);
        assertThat(p.histogramEdges()).isEmpty();
    }
}
