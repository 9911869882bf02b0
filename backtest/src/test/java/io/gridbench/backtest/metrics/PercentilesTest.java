package io.gridbench.backtest.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PercentilesTest {

    @Test
    void aSingleRecordedValueIsReportedExactly() {
        RunRecorder recorder = new RunRecorder(60_000, 0, 60_000, new MarketTape());
        recorder.completed(260_000);
        Percentiles p = Percentiles.of(recorder.timeToFill());
        assertThat(p.p50()).isEqualTo(260_000);
        assertThat(p.max()).isEqualTo(260_000);
    }

    @Test
    void percentilesAreNearestRankValuesThatWereRecorded() {
        long[] values = new long[100];
        for (int i = 0; i < 100; i++) {
            values[i] = 1_000L * (100 - i);
        }
        Percentiles p = Percentiles.of(values);
        assertThat(p.count()).isEqualTo(100);
        assertThat(p.p50()).isEqualTo(50_000);
        assertThat(p.p90()).isEqualTo(90_000);
        assertThat(p.p99()).isEqualTo(99_000);
        assertThat(p.max()).isEqualTo(100_000);
    }

    @Test
    void theMedianOfTwoValuesIsTheLowerOne() {
        Percentiles p = Percentiles.of(new long[]{7, 3});
        assertThat(p.p50()).isEqualTo(3);
        assertThat(p.max()).isEqualTo(7);
    }

    @Test
    void bucketsCountEveryValueOnceByPowerOfTwo() {
        Percentiles p = Percentiles.of(new long[]{0, 1, 2, 3, 4});
        assertThat(p.histogramEdges()).containsExactly(0, 1, 2, 4);
        assertThat(p.histogramCounts()).containsExactly(1, 1, 2, 1);
    }

    @Test
    void nothingRecordedIsAllZeros() {
        Percentiles p = Percentiles.of(new long[0]);
        assertThat(p.count()).isZero();
        assertThat(p.max()).isZero();
    }
}
