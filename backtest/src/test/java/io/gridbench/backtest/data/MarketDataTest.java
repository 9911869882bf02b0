package io.gridbench.backtest.data;

import io.gridbench.backtest.Fixtures;
import org.junit.jupiter.api.Test;

import static io.gridbench.backtest.Fixtures.MIN;
import static io.gridbench.backtest.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarketDataTest {
    private final MarketData tenBars = Fixtures.data(Fixtures.flat(10, 240, 5),
            Fixtures.prints(new long[]{30_000, 240, 1, 1}, new long[]{2 * MIN, 241, 1, 1},
                    new long[]{5 * MIN - 1, 242, 1, 0}, new long[]{5 * MIN, 243, 1, 1}));

    @Test
    void aWindowKeepsTheBarsThatOpenAndCloseInsideIt() {
        MarketData slice = tenBars.between(T0 + 2 * MIN, T0 + 5 * MIN);
        assertThat(slice.candles().size()).isEqualTo(3);
        assertThat(slice.startMillis()).isEqualTo(T0 + 2 * MIN);
        assertThat(slice.endMillis()).isEqualTo(T0 + 5 * MIN);
    }

    @Test
    void aBarThatStraddlesAWindowEdgeIsLeftOut() {
        MarketData slice = tenBars.between(T0 + 90_000, T0 + 4 * MIN + 30_000);
        assertThat(slice.startMillis()).isEqualTo(T0 + 2 * MIN);
        assertThat(slice.endMillis()).isEqualTo(T0 + 4 * MIN);
    }

    @Test
    void printsAreKeptFromTheStartInclusiveToTheEndExclusive() {
        TradeSeries prints = tenBars.between(T0 + 2 * MIN, T0 + 5 * MIN).trades();
        assertThat(prints.size()).isEqualTo(2);
        assertThat(prints.price(0)).isEqualTo(241);
        assertThat(prints.price(1)).isEqualTo(242);
        assertThat(prints.buyAggressor(1)).isFalse();
    }

    @Test
    void aWindowWithoutAWholeBarNamesWhatTheDataCovers() {
        assertThatThrownBy(() -> tenBars.between(T0 + 20 * MIN, T0 + 30 * MIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no whole bar between 2026-08-01T00:20:00Z and 2026-08-01T00:30:00Z")
                .hasMessageContaining("the data covers 2026-08-01T00:00:00Z to 2026-08-01T00:10:00Z");
    }

    @Test
    void theSliceLeavesTheOriginalUnchanged() {
        tenBars.between(T0 + 2 * MIN, T0 + 5 * MIN);
        assertThat(tenBars.candles().size()).isEqualTo(10);
        assertThat(tenBars.trades().size()).isEqualTo(4);
    }

    @Test
    void aBoundaryIsAnInstantOrADateAtMidnightUtc() {
        assertThat(Timestamps.parseBoundary("--from", "2026-08-01")).isEqualTo(T0);
        assertThat(Timestamps.parseBoundary("--from", "2026-08-01T00:02:00Z")).isEqualTo(T0 + 2 * MIN);
        assertThatThrownBy(() -> Timestamps.parseBoundary("--to", "1 Aug"))
                .hasMessage("--to must be an ISO-8601 instant (2026-08-01T00:00:00Z) or date (2026-08-01), got"
                        + " '1 Aug'");
    }
}
