package io.gridbench.simulations.capacity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The search on a synthetic target: a server that answers in 100 ms up to a known capacity and queues past it, so
 * its p95 latency jumps past the SLO there and rises with the overload. SLO: p95 at most 500 ms.
 */
class CapacitySearchTest {
    private static final double THRESHOLD_MS = 500;

    @Test
    void theAnswerLandsWithinOneBisectionStepOfTheKnownCapacity() throws Exception {
        double capacity = 700;
        SearchPlan plan = new SearchPlan(10, SearchPlan.DEFAULT_TO_RATE, 0.1, 4);

        CapacityResult result = CapacitySearch.run(plan, rate -> syntheticStep(rate, capacity));

        assertThat(result.highestPassingRate()).isLessThanOrEqualTo(capacity)
                .isGreaterThanOrEqualTo(capacity * (1 - plan.resolution()));
        assertThat(result.lowestFailingRate()).isGreaterThan(capacity);
        assertThat(result.lowestFailingRate() - result.highestPassingRate())
                .isLessThanOrEqualTo(plan.resolution() * result.highestPassingRate());
    }

    @Test
    void doublesUntilTheFirstFailureThenBisects() throws Exception {
        List<Double> rates = new ArrayList<>();

        CapacitySearch.run(new SearchPlan(100, 16384, 0.1, 4), rate -> {
            rates.add(rate);
            return syntheticStep(rate, 700);
        });

        assertThat(rates).containsExactly(100.0, 200.0, 400.0, 800.0, 600.0, 700.0, 750.0);
    }

    @Test
    void stopsAtTheLastRateWhenEveryStepPasses() throws Exception {
        CapacityResult result = CapacitySearch.run(new SearchPlan(5, 30, 0.1, 4), rate -> syntheticStep(rate, 1000));

        assertThat(result.steps()).extracting(StepResult::offeredRate).containsExactly(5.0, 10.0, 20.0, 30.0);
        assertThat(result.highestPassingRate()).isEqualTo(30);
        assertThat(result.lowestFailingRate()).isNaN();
        assertThat(result.answer("completions", "p95=500ms")).contains("every tested rate passed");
    }

    @Test
    void aFailingFirstStepEndsTheSearchWithoutAnAnswer() throws Exception {
        CapacityResult result = CapacitySearch.run(new SearchPlan(800, 16384, 0.1, 4),
                rate -> syntheticStep(rate, 700));

        assertThat(result.steps()).hasSize(1);
        assertThat(result.highestPassingRate()).isNaN();
        assertThat(result.answer("completions", "p95=500ms")).startsWith("No tested rate of completions met");
    }

    @Test
    void anOverSaturatedStepFailsEvenWhenItsSloHeld() throws Exception {
        List<Double> rates = new ArrayList<>();

        CapacityResult result = CapacitySearch.run(new SearchPlan(100, 16384, 0.1, 0), rate -> {
            rates.add(rate);
            double achieved = Math.min(rate, 300);
            return step(rate, achieved, 100, true);
        });

        assertThat(rates).containsExactly(100.0, 200.0, 400.0);
        assertThat(result.steps().get(2).failure()).contains("throughput 300.0/s did not follow the 400.0/s offered");
    }

    @Test
    void theKneeIsTheLastRateBeforeMedianLatencyMoreThanDoubles() {
        CapacityResult result = new CapacityResult(List.of(step(10, 10, 100, true), step(20, 20, 120, true),
                step(40, 40, 260, true), step(80, 80, 900, false)), 40, 80, "");

        assertThat(result.kneeRate()).isEqualTo(20);
    }

    @Test
    void theGeneratorIsReportedAsTheBoundWhenItHoldsMostOfBusyCores() {
        StepResult bound = new StepResult(400, 390, 380, 0, List.of(), true, null, 100, 100, 100,
                new CpuUse(1.2, 0.6, 2, 0.95), 0, "");
        CapacityResult result = new CapacityResult(List.of(bound), 400, Double.NaN, "");

        assertThat(result.answer("orders", "p99=1s")).contains("load generator was the bottleneck from 400/s on");
        assertThat(new CpuUse(0.4, 1.4, 2, 0.95).generatorBound()).as("server-bound").isFalse();
        assertThat(new CpuUse(0.9, 0.1, 2, 0.5).generatorBound()).as("cores not busy").isFalse();
    }

    @Test
    void arrivalsFallingBehindScheduleMakeTheGeneratorTheBound() {
        StepResult late = new StepResult(800, 700, 700, 0, List.of(), true, null, 10, 10, 10,
                new CpuUse(0.3, 0.3, 2, 0.4), 3.5, "");

        assertThat(late.generatorBound()).isTrue();
        assertThat(late.generatorEvidence()).startsWith("its arrivals ran 3.5 s behind schedule");
    }

    @Test
    void aStepThatSharedBusyCoresWithOtherProcessesSaysTheAnswerIsTheSharedMachines() {
        StepResult passing = new StepResult(100, 100, 100, 0, List.of(), true, null, 10, 10, 10,
                new CpuUse(0.2, 0.2, 2, 0.5), 0, "");
        StepResult failing = new StepResult(200, 150, 100, 0, List.of(), true,
                Saturation.of(200, 150, Double.NaN, Double.NaN), 10, 10, 10, new CpuUse(0.3, 0.3, 2, 0.97), 0, "");

        String answer = new CapacityResult(List.of(passing, failing), 100, 200, "").answer("orders", "p99=1s");

        assertThat(answer).contains("At 200/s the machine's cores were 97 % busy with other processes included");
    }

    @Test
    void aPlanNeedsAPositiveRangeOfRates() {
        assertThatThrownBy(() -> new SearchPlan(100, 50, 0.1, 4)).hasMessageContaining("0 < from-rate <= to-rate");
    }

    @Test
    void aStepIsJudgedAgainstTheRequestsThatArrivedInItsWindow() throws Exception {
        // 30 s at 8/s planned, but randomised arrivals put only 216 of them after the warm-up, all answered
        JsonNode goodput = new ObjectMapper().readTree("{\"requests\":216,\"throughput_per_second\":7.2,"
                + "\"goodput_per_second\":7.2,\"meets_slo\":true,\"objectives\":[]}");

        StepResult step = CapacityRun.read(8, goodput, CpuUse.UNKNOWN, 30, "");

        assertThat(step.saturation()).isNull();
        assertThat(step.passed()).isTrue();
    }

    @Test
    void saturationNeedsGrowthInRatioAndInMilliseconds() {
        assertThat(Saturation.of(100, 99, 3, 7)).isNull();
        assertThat(Saturation.of(100, 99, 100, 300)).as("less than 250 ms more").isNull();
        assertThat(Saturation.of(100, 99, 100, 400)).contains("latency grew from 100 ms to 400 ms");
        assertThat(Saturation.of(100, 99, Double.NaN, 400)).isNull();
    }

    /** 100 ms up to the capacity; past it requests queue, past the SLO at once and more with the overload. */
    private static StepResult syntheticStep(double rate, double capacity) {
        double p95 = rate <= capacity ? 100 : THRESHOLD_MS + 100 + 10_000 * (rate - capacity) / capacity;
        return step(rate, Math.min(rate, capacity * 1.05), p95, p95 <= THRESHOLD_MS);
    }

    private static StepResult step(double rate, double achieved, double latencyMs, boolean held) {
        return new StepResult(rate, achieved, held ? achieved : 0, 0,
                List.of(new StepResult.Measurement("p95", THRESHOLD_MS, latencyMs, held)), held,
                Saturation.of(rate, achieved, Double.NaN, Double.NaN), latencyMs, latencyMs, latencyMs,
                CpuUse.UNKNOWN, 0, "");
    }
}
