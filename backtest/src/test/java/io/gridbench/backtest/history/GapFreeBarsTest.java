package io.gridbench.backtest.history;

import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.marketdata.Candle;
import io.gridbench.exchange.marketdata.TradePrint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GapFreeBarsTest {
    private static final long T0 = 1_785_542_400_000L; // 2026-08-01T00:00:00Z
    private static final long MINUTE = 60_000L;

    @Test
    void tradesOfOneMinuteMakeOneOhlcvBar() {
        List<Candle> bars = GapFreeBars.fromTrades(List.of(trade(T0 + 1_000, 240, 3), trade(T0 + 2_000, 245, 1),
                trade(T0 + 3_000, 238, 2), trade(T0 + 59_999, 241, 4)), MINUTE, T0, T0 + MINUTE);

        assertThat(bars).containsExactly(new Candle(T0, MINUTE, 240, 245, 238, 241, 10));
    }

    @Test
    void aMinuteWithoutTradesRepeatsThePreviousCloseWithZeroVolume() {
        List<Candle> bars = GapFreeBars.fromTrades(List.of(trade(T0 + 5, 240, 1),
                trade(T0 + 2 * MINUTE + 5, 250, 2)), MINUTE, T0, T0 + 3 * MINUTE);

        assertThat(bars).hasSize(3);
        assertThat(bars.get(1)).isEqualTo(new Candle(T0 + MINUTE, MINUTE, 240, 240, 240, 240, 0));
        assertThat(bars.get(2).open()).isEqualTo(250);
    }

    @Test
    void minutesBeforeTheFirstTradeTakeItsPrice() {
        List<Candle> bars = GapFreeBars.fromTrades(List.of(trade(T0 + 2 * MINUTE, 300, 1)), MINUTE, T0,
                T0 + 3 * MINUTE);

        assertThat(bars.get(0)).isEqualTo(new Candle(T0, MINUTE, 300, 300, 300, 300, 0));
    }

    @Test
    void everyMinuteOfTheRangeGetsABar() {
        List<Candle> bars = GapFreeBars.fromTrades(List.of(trade(T0 + 10, 240, 1)), MINUTE, T0,
                T0 + 1440 * MINUTE);

        assertThat(bars).hasSize(1440);
        assertThat(bars.get(1439).openTimeMillis()).isEqualTo(T0 + 1439 * MINUTE);
    }

    @Test
    void noTradesMeansNoBars() {
        assertThat(GapFreeBars.fromTrades(List.of(), MINUTE, T0, T0 + MINUTE)).isEmpty();
    }

    @Test
    void aRangeOffTheMinuteIsRefused() {
        assertThatThrownBy(() -> GapFreeBars.fromTrades(List.of(), MINUTE, T0 + 1, T0 + MINUTE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sparseBarsAreCompletedWithFlatBarsAtThePreviousClose() {
        List<Candle> bars = GapFreeBars.fillGaps(List.of(new Candle(T0, MINUTE, 240, 250, 230, 245, 7),
                new Candle(T0 + 2 * MINUTE, MINUTE, 246, 246, 246, 246, 1)), MINUTE, T0, T0 + 4 * MINUTE);

        assertThat(bars).containsExactly(new Candle(T0, MINUTE, 240, 250, 230, 245, 7),
                new Candle(T0 + MINUTE, MINUTE, 245, 245, 245, 245, 0),
                new Candle(T0 + 2 * MINUTE, MINUTE, 246, 246, 246, 246, 1),
                new Candle(T0 + 3 * MINUTE, MINUTE, 246, 246, 246, 246, 0));
    }

    @Test
    void nothingIsFilledBeforeTheFirstBar() {
        List<Candle> bars = GapFreeBars.fillGaps(List.of(new Candle(T0 + 30 * MINUTE, MINUTE, 240, 250, 230, 245, 7)),
                MINUTE, T0, T0 + 32 * MINUTE);

        assertThat(bars).containsExactly(new Candle(T0 + 30 * MINUTE, MINUTE, 240, 250, 230, 245, 7),
                new Candle(T0 + 31 * MINUTE, MINUTE, 245, 245, 245, 245, 0));
    }

    @Test
    void aBarOffTheIntervalGridDoesNotStartTheFill() {
        List<Candle> bars = GapFreeBars.fillGaps(List.of(new Candle(T0 + 5_000, MINUTE, 1, 1, 1, 1, 1),
                new Candle(T0 + 2 * MINUTE, MINUTE, 240, 240, 240, 240, 2)), MINUTE, T0, T0 + 3 * MINUTE);

        assertThat(bars).containsExactly(new Candle(T0 + 2 * MINUTE, MINUTE, 240, 240, 240, 240, 2));
    }

    @Test
    void barsOutsideTheRangeAreLeftOut() {
        List<Candle> bars = GapFreeBars.fillGaps(List.of(new Candle(T0 - MINUTE, MINUTE, 1, 1, 1, 1, 1),
                new Candle(T0, MINUTE, 240, 240, 240, 240, 2), new Candle(T0 + MINUTE, MINUTE, 9, 9, 9, 9, 9)),
                MINUTE, T0, T0 + MINUTE);

        assertThat(bars).containsExactly(new Candle(T0, MINUTE, 240, 240, 240, 240, 2));
    }

    private static TradePrint trade(long at, long price, long quantity) {
        return new TradePrint(at, "trade_" + at, price, quantity, Side.BUY);
    }
}
