package io.gridbench.backtest.uncertainty;

import io.gridbench.backtest.metrics.DayBlocks;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DayBootstrapTest {
    private static final Offset<Double> EXACT = Offset.offset(1e-9);
    private final DayBootstrap bootstrap = new DayBootstrap(500, 0.95, 7);

    private static DayBlocks days(long[] cost, long[] units) {
        return new DayBlocks(0, cost, units, new int[0], new long[0]);
    }

    private static DayBlocks waits(int days, int[] orderDay, long[] wait) {
        return new DayBlocks(0, new long[days], new long[days], orderDay, wait);
    }

    @Test
    void aStrategyThatPaysOnePercentMoreEveryDayIsOnePercentDearerWithNoSpread() {
        DayBlocks auto = days(new long[]{1000, 2000, 500}, new long[]{10, 20, 5});
        DayBlocks dear = days(new long[]{1010, 2020, 505}, new long[]{10, 20, 5});
        Interval i = bootstrap.averagePriceVsPct(dear, auto);
        assertThat(i.estimate()).isCloseTo(1.0, EXACT);
        assertThat(i.low()).isCloseTo(1.0, EXACT);
        assertThat(i.high()).isCloseTo(1.0, EXACT);
        assertThat(i.excludes(0)).isTrue();
    }

    @Test
    void dayToDayNoiseWidensTheIntervalAroundTheEstimate() {
        DayBlocks auto = days(new long[]{1000, 1000, 1000, 1000, 1000, 1000}, new long[]{10, 10, 10, 10, 10, 10});
        DayBlocks noisy = days(new long[]{950, 1060, 980, 1030, 940, 1040}, new long[]{10, 10, 10, 10, 10, 10});
        Interval i = bootstrap.averagePriceVsPct(noisy, auto);
        assertThat(i.estimate()).isCloseTo(0.0, EXACT);
        assertThat(i.low()).isLessThan(-1).isGreaterThan(-6);
        assertThat(i.high()).isGreaterThan(1).isLessThan(6);
        assertThat(i.excludes(0)).isFalse();
    }

    @Test
    void theSameSeedGivesTheSameIntervalAndAnotherSeedAnother() {
        long[] units = {10, 10, 10, 10, 10, 10, 10, 10, 10, 10};
        DayBlocks auto = days(new long[]{1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000}, units);
        DayBlocks noisy = days(new long[]{951, 1063, 987, 1032, 944, 1071, 1012, 968, 1049, 990}, units);
        Interval a = new DayBootstrap(300, 0.95, 1).averagePriceVsPct(noisy, auto);
        assertThat(new DayBootstrap(300, 0.95, 1).averagePriceVsPct(noisy, auto)).isEqualTo(a);
        assertThat(new DayBootstrap(300, 0.95, 2).averagePriceVsPct(noisy, auto)).isNotEqualTo(a);
    }

    @Test
    void daysAreDrawnInPairsSoAMarketWideSwingCancelsOut() {
        DayBlocks auto = days(new long[]{1000, 3000, 1000, 3000}, new long[]{10, 10, 10, 10});
        DayBlocks half = days(new long[]{990, 2970, 990, 2970}, new long[]{10, 10, 10, 10});
        Interval i = bootstrap.averagePriceVsPct(half, auto);
        assertThat(i.low()).isCloseTo(-1.0, EXACT);
        assertThat(i.high()).isCloseTo(-1.0, EXACT);
    }

    @Test
    void aStrategyThatBoughtNothingHasNoInterval() {
        DayBlocks auto = days(new long[]{1000}, new long[]{10});
        assertThat(bootstrap.averagePriceVsPct(days(new long[]{0}, new long[]{0}), auto).isKnown()).isFalse();
    }

    @Test
    void runsOverDifferentDaysCannotBePaired() {
        assertThatThrownBy(() -> bootstrap.averagePriceVsPct(days(new long[2], new long[2]),
                days(new long[3], new long[3]))).hasMessageContaining("different days");
    }

    @Test
    void theWaitP50IsTheLowerMedianAndItsIntervalSpansWhatTheDrawnDaysCanGive() {
        Interval i = bootstrap.waitP50(waits(2, new int[]{0, 0, 0, 1}, new long[]{1000, 1000, 1000, 90_000}));
        assertThat(i.estimate()).isEqualTo(1000);
        assertThat(i.low()).isEqualTo(1000);
        assertThat(i.high()).isEqualTo(90_000);
    }

    @Test
    void equalWaitsEveryDayGiveAZeroWidthInterval() {
        Interval i = bootstrap.waitP50(waits(3, new int[]{0, 1, 2, 2}, new long[]{300_000, 300_000, 300_000,
                300_000}));
        assertThat(i.low()).isEqualTo(300_000);
        assertThat(i.high()).isEqualTo(300_000);
    }

    @Test
    void noCompletedOrderMeansNoWaitInterval() {
        assertThat(bootstrap.waitP50(waits(2, new int[0], new long[0])).isKnown()).isFalse();
    }
}
