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
}
