package io.gridbench.exchange.marketdata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CandleAggregatorTest {
    private static final long MINUTE = 60_000L;
    private final CandleAggregator series = new CandleAggregator(CandleInterval.ONE_MINUTE);

    @Test
    void aTradeStampedBeforeTheCurrentBarFoldsIntoIt() {
        series.onTrade(10 * MINUTE, 100, 1);
        series.onTrade(9 * MINUTE, 90, 2);

        assertThat(series.between(0, Long.MAX_VALUE, 10))
                .containsExactly(new Candle(10 * MINUTE, MINUTE, 100, 100, 90, 90, 3));
    }

    @Test
    void growsPastItsInitialCapacity() {
        for (int i = 0; i < 200; i++) {
            series.onTrade(i * MINUTE, 100 + i, 1);
        }

        assertThat(series.size()).isEqualTo(200);
        assertThat(series.between(150 * MINUTE, 152 * MINUTE, 10)).extracting(Candle::open)
                .containsExactly(250L, 251L);
    }

    @Test
    void barsOlderThanTheMaximumAgeAreDroppedAsNewOnesOpen() {
        CandleAggregator bounded = new CandleAggregator(CandleInterval.ONE_MINUTE, 10 * MINUTE);
        for (long m = 0; m < 1_000; m++) {
            bounded.onTrade(m * MINUTE, 100, 1);
        }

        assertThat(bounded.size()).isEqualTo(11);
        assertThat(bounded.between(0, 2_000 * MINUTE, 1_000)).extracting(Candle::openTimeMillis)
                .first().isEqualTo(989 * MINUTE);
    }

    @Test
    void withoutAMaximumAgeEveryBarIsKept() {
        for (long m = 0; m < 1_000; m++) {
            series.onTrade(m * MINUTE, 100, 1);
        }
        assertThat(series.size()).isEqualTo(1_000);
    }
}
