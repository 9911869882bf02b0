package io.gridbench.backtest.live;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunCapsTest {
    private final RunCaps caps = new RunCaps(10_000, 20, 5);

    @Test
    void anOrderWithinEveryCapMayBeSent() {
        assertThat(caps.refusal(5, 1_250, 8_000, 15)).isNull();
    }

    @Test
    void anOrderLargerThanTheOrderSizeCapIsRefused() {
        assertThat(caps.refusal(6, 100, 0, 0)).startsWith("max order size");
    }

    @Test
    void unitsBoughtPlusOnOrderMayNotPassTheUnitsCap() {
        assertThat(caps.refusal(5, 100, 0, 16)).startsWith("max units");
    }

    @Test
    void committedSpendPlusTheOrdersWorstCostMayNotPassTheSpendCap() {
        assertThat(caps.refusal(2, 500, 9_600, 0)).startsWith("max spend").contains("USD 96.00", "USD 5.00", "100.00");
    }

    @Test
    void spendingExactlyTheCapIsAllowed() {
        assertThat(caps.refusal(2, 500, 9_500, 0)).isNull();
    }
}
