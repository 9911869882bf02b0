package io.gridbench.backtest.demand;

import org.junit.jupiter.api.Test;

import static io.gridbench.backtest.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

class DemandModelTest {
    private static final long H = 3_600_000L;

    @Test
    void constantDemandAccruesLinearly() {
        DemandModel d = new ConstantDemand(T0, 1_000_000);
        assertThat(d.cumulativeTokens(T0)).isZero();
        assertThat(d.cumulativeTokens(T0 + H / 2)).isEqualTo(500_000);
        assertThat(d.cumulativeTokens(T0 + 24 * H)).isEqualTo(24_000_000);
    }

    @Test
    void dailyProfileFollowsItsHourlyWeights() {
        double[] w = new double[24];
        w[9] = 1;
        w[10] = 3;
        DemandModel d = new DailyProfileDemand(T0, 4000, w);
        assertThat(d.cumulativeTokens(T0 + 9 * H)).isZero();
        assertThat(d.cumulativeTokens(T0 + 10 * H)).isEqualTo(1000);
        assertThat(d.cumulativeTokens(T0 + 10 * H + H / 2)).isEqualTo(2500);
        assertThat(d.cumulativeTokens(T0 + 48 * H)).isEqualTo(8000);
    }

    @Test
    void usageIsConsumedAtEachRecordedInstant() {
        DemandModel d = new UsageDemand(new long[]{T0 + 10, T0 + 20, T0 + 20}, new long[]{5, 7, 1}, "x");
        assertThat(d.cumulativeTokens(T0 + 9)).isZero();
        assertThat(d.cumulativeTokens(T0 + 10)).isEqualTo(5);
        assertThat(d.cumulativeTokens(T0 + 25)).isEqualTo(13);
        assertThat(d.cumulativeTokens(T0 + 15)).isEqualTo(5);
    }

    @Test
    void stockOutStartsAtTheMillisecondTheBalanceRunsDry() {
        ConsumptionAccount a = new ConsumptionAccount(new Workload(1000, new ConstantDemand(T0, 3_600_000),
                java.util.List.of()), T0);
        // 1 token per ms: 1000 tokens last until T0 + 1000, the stock-out starts at T0 + 1001.
        assertThat(a.advance(T0 + 5000)).isEqualTo(T0 + 1001);
        assertThat(a.stockedOut()).isTrue();
        a.advance(T0 + 5000);
        a.credit(10_000, T0 + 5000);
        assertThat(a.stockOutMillis()).isEqualTo(3999);
        assertThat(a.unmetTokens()).isEqualTo(4000);
    }
}
