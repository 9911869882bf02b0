package io.gridbench.simulations.load;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ArrivalsTest {

    @Test
    void aGammaProcessKeepsTheMeanRateWhateverItsBurstiness() {
        for (double burstiness : new double[] {0.25, 1, 4}) {
            long[] offsets = Arrivals.gamma(200, burstiness, Duration.ofSeconds(60), 7);

            assertThat(offsets.length / 60.0).as("burstiness " + burstiness).isCloseTo(200, within(10.0));
        }
    }

    @Test
    void burstinessOneIsPoissonAndSmallerIsBurstier() {
        long[] poisson = Arrivals.gamma(50, 1, Duration.ofSeconds(120), 7);
        long[] bursty = Arrivals.gamma(50, 0.25, Duration.ofSeconds(120), 7);
        long[] even = Arrivals.gamma(50, 4, Duration.ofSeconds(120), 7);

        // the gaps' coefficient of variation is 1 / sqrt(burstiness): 1, 2 and 0.5 (ms rounding adds a little)
        assertThat(Arrivals.gapVariation(poisson)).isCloseTo(1.0, within(0.1));
        assertThat(Arrivals.gapVariation(bursty)).isCloseTo(2.0, within(0.25));
        assertThat(Arrivals.gapVariation(even)).isCloseTo(0.5, within(0.1));
    }

    @Test
    void theSameSeedGivesTheSameSchedule() {
        assertThat(Arrivals.gamma(30, 0.5, Duration.ofSeconds(5), 42))
                .containsExactly(Arrivals.gamma(30, 0.5, Duration.ofSeconds(5), 42));
    }

    @Test
    void arrivalsInTheSameMillisecondStartTogether() {
        assertThat(Arrivals.steps(new long[] {0, 0, 5, 9, 9, 9})).hasSize(5);
        assertThat(Arrivals.steps(new long[] {3})).hasSize(2);
        assertThat(Arrivals.steps(new long[0])).as("one empty pause").hasSize(1);
    }

    @Test
    void aTraceReplaysAtItsOwnTimingThenCyclesToFillTheRun() {
        Trace trace = Trace.of("t", List.of(new Trace.Row(1000, 10, 5, true), new Trace.Row(1100, 10, 5, false),
                new Trace.Row(1400, 10, 5, true)));

        assertThat(trace.cycleMs()).isEqualTo(600);
        assertThat(trace.schedule(1, Duration.ofMillis(1300))).containsExactly(0, 100, 400, 600, 700, 1000, 1200);
        assertThat(trace.schedule(2, Duration.ofMillis(400))).containsExactly(0, 50, 200, 300, 350);
        assertThat(trace.meanRate()).isEqualTo(5.0);
    }

    @Test
    void aTraceSplitsIntoItsStreamedAndWholeRequestsEachKeepingItsPlaceInTheRecording() {
        Trace trace = Trace.of("t", List.of(new Trace.Row(0, 10, 5, true), new Trace.Row(10, 10, 5, false),
                new Trace.Row(20, 10, 5, true)));

        assertThat(trace.part(false).rows()).containsExactly(new Trace.Row(10, 10, 5, false));
        assertThat(trace.part(false).schedule(1, Duration.ofMillis(30))).containsExactly(10);
        assertThat(trace.part(true).schedule(1, Duration.ofMillis(30))).containsExactly(0, 20);
        assertThat(Trace.of("t", List.of(new Trace.Row(0, 10, 5, true))).part(false)).isNull();
    }
}
