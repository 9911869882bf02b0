package io.gridbench.simulations.slo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Goodput counts the successful requests within every per-request threshold; percentiles and the error share judge
 * the run as a whole. Times are crafted epoch milliseconds.
 */
class RequestOutcomesTest {
    private static final long T0 = 1_000_000;

    @Test
    void goodputCountsOnlySuccessesWithinEveryThresholdThatAppliesToThem() {
        RequestOutcomes outcomes = new RequestOutcomes(Slo.parse("ttft_p95=300ms,p99=1s"));
        outcomes.measureFrom(T0);
        attemptAndSucceed(outcomes, T0, 500, 200);      // good stream
        attemptAndSucceed(outcomes, T0, 500, 400);      // first token too late
        attemptAndSucceed(outcomes, T0 + 100, 1200, -1); // whole completion too slow
        attemptAndSucceed(outcomes, T0 + 200, 900, -1);  // whole completion: no TTFT, judged on latency only
        outcomes.attempt(T0 + 300);                      // failed

        GoodputSummary s = outcomes.snapshot(2.0);

        assertThat(s.attempts()).isEqualTo(5);
        assertThat(s.succeeded()).isEqualTo(4);
        assertThat(s.good()).isEqualTo(2);
        assertThat(s.errorPct()).isEqualTo(20.0);
        assertThat(s.throughput()).isEqualTo(2.0);
        assertThat(s.goodput()).isEqualTo(1.0);
    }

    @Test
    void requestsMeantToStartDuringTheWarmUpAreLeftOut() {
        RequestOutcomes outcomes = new RequestOutcomes(Slo.NONE);
        outcomes.measureFrom(T0);
        attemptAndSucceed(outcomes, T0 - 1, 100, -1);
        attemptAndSucceed(outcomes, T0, 100, -1);

        assertThat(outcomes.snapshot(1.0).attempts()).isEqualTo(1);
    }

    @Test
    void aBacklogAnsweredLateStretchesTheWindowSoThroughputFallsBelowTheOfferedRate() {
        RequestOutcomes outcomes = new RequestOutcomes(Slo.NONE);
        outcomes.measureFrom(T0);
        for (int i = 0; i < 10; i++) {
            attemptAndSucceed(outcomes, T0 + 100L * i, 100 + 1000L * i, -1); // each waits a second more
        }

        GoodputSummary s = outcomes.snapshot(1.0);

        assertThat(s.windowSeconds()).isEqualTo(9.9);
        assertThat(s.throughput()).isLessThan(2.0);
    }

    @Test
    void theArrivalSpanCountsOnlyEachIterationsFirstRequest() {
        RequestOutcomes outcomes = new RequestOutcomes(Slo.NONE);
        outcomes.measureFrom(T0);
        outcomes.attempt(T0);
        outcomes.attempt(T0 + 2000);
        outcomes.attemptWithinIteration(T0 + 9000);

        GoodputSummary s = outcomes.snapshot(2.0);

        assertThat(s.arrivalSpanSeconds()).isEqualTo(2.0);
        assertThat(s.attempts()).isEqualTo(3);
    }

    @Test
    void theRunMeetsTheSloWhenEveryPercentileAndTheErrorShareHold() {
        RequestOutcomes outcomes = new RequestOutcomes(Slo.parse("p95=1s,errors=10%"));
        outcomes.measureFrom(T0);
        for (int i = 0; i < 20; i++) {
            attemptAndSucceed(outcomes, T0 + i, i == 0 ? 5000 : 200, -1);
        }
        outcomes.attempt(T0 + 30);

        GoodputSummary s = outcomes.snapshot(1.0);

        assertThat(s.verdicts()).extracting(GoodputSummary.Verdict::held).containsExactly(true, true);
        assertThat(s.meetsSlo()).isTrue();
        assertThat(s.good()).isEqualTo(19);
    }

    @Test
    void anObjectiveWithoutASampleDoesNotHold() {
        RequestOutcomes outcomes = new RequestOutcomes(Slo.parse("ttft_p95=300ms"));
        outcomes.measureFrom(T0);
        attemptAndSucceed(outcomes, T0, 100, -1);

        GoodputSummary s = outcomes.snapshot(1.0);

        assertThat(s.meetsSlo()).isFalse();
        assertThat(s.consoleLine()).contains("ttft_p95 no sample MISSED");
    }

    @Test
    void latencyGrowthComparesTheLastQuarterOfArrivalsWithTheFirst() {
        RequestOutcomes outcomes = new RequestOutcomes(Slo.NONE);
        outcomes.measureFrom(T0);
        for (int second = 0; second < 8; second++) {
            attemptAndSucceed(outcomes, T0 + 1000L * second, 100 + 100L * second, -1);
        }

        GoodputSummary s = outcomes.snapshot(8.0);

        assertThat(s.latencyGrowth()).isEqualTo((700 + 800) / 2.0 / ((100 + 200) / 2.0));
    }

    private static void attemptAndSucceed(RequestOutcomes outcomes, long start, long latencyMs, long ttftMs) {
        outcomes.attempt(start);
        outcomes.succeeded(start, start + latencyMs, ttftMs);
    }
}
