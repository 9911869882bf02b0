package io.gridbench.exchange.marketdata;

import io.gridbench.exchange.market.Side;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TradeTapeTest {

    @Test
    void tapeVolumeWindowMovesForwardAndBack() {
        TradeTape tape = new TradeTape();
        tape.append(new TradePrint(1_000, "trade_1", 100, 2, Side.BUY));
        tape.append(new TradePrint(2_000, "trade_2", 100, 3, Side.SELL));

        assertThat(tape.volumeSince(1_000)).isEqualTo(3);
        assertThat(tape.volumeSince(0)).isEqualTo(5);
        assertThat(tape.volumeSince(2_000)).isZero();
    }

    private static TradeTape tapeOf(int capacity, int prints) {
        TradeTape tape = new TradeTape(capacity);
        for (int i = 1; i <= prints; i++) {
            tape.append(new TradePrint(i * 1_000L, "trade_" + i, 100, i, Side.BUY));
        }
        return tape;
    }

    @Test
    void aFullTapeDropsItsOldestPrintButKeepsCounting() {
        TradeTape tape = tapeOf(3, 200);

        assertThat(tape.size()).isEqualTo(200);
        assertThat(tape.firstSequence()).isEqualTo(198);
        assertThat(tape.newestFirst(tape.size() + 1, 10)).extracting(TradePrint::tradeId)
                .containsExactly("trade_200", "trade_199", "trade_198");
        assertThat(tape.last().tradeId()).isEqualTo("trade_200");
    }

    @Test
    void aPageBeforeTheOldestKeptPrintIsEmpty() {
        assertThat(tapeOf(3, 10).newestFirst(8, 5)).isEmpty();
    }

    @Test
    void theVolumeWindowCountsOnlyKeptPrints() {
        TradeTape tape = tapeOf(2, 4);

        assertThat(tape.volumeSince(0)).isEqualTo(3 + 4);
        assertThat(tape.volumeSince(3_000)).isEqualTo(4);
    }

    @Test
    void droppingPrintsInsideTheVolumeWindowTakesThemOutOfIt() {
        TradeTape tape = tapeOf(2, 2);
        assertThat(tape.volumeSince(0)).isEqualTo(1 + 2);

        tape.append(new TradePrint(3_000, "trade_3", 100, 3, Side.BUY));

        assertThat(tape.volumeSince(0)).isEqualTo(2 + 3);
    }
}
