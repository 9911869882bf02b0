package io.gridbench.simulations.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IntendedStartTest {

    @Test
    void theNextIterationIsPlannedOnePaceAfterThePreviousActualStartAsGatlingsPaceDoes() {
        assertThat(IntendedStart.plan(10_000, 200)).isEqualTo(10_200);
    }

    @Test
    void aLateIterationLagsByThePreviousIterationsOverrunOnlyNotByEveryMissedSlot() {
        // Iterations of 6.3 s under a 200 ms pace: each starts 6.1 s after its plan, however long the run.
        long start = 0;
        long lag = 0;
        for (int i = 0; i < 10; i++) {
            long plan = IntendedStart.plan(start, 200);
            long actual = start + 6_300;
            lag = IntendedStart.lag(plan, actual);
            start = actual;
        }
        assertThat(lag).isEqualTo(6_100);
    }

    @Test
    void anIterationThatStartsOnTimeHasNoLag() {
        assertThat(IntendedStart.lag(10_200, 10_199)).isZero();
        assertThat(IntendedStart.lag(10_200, 10_200)).isZero();
    }
}
