package io.gridbench.simulations.slo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SloTest {

    @Test
    void readsPercentileTermsOfEachMetricAndTheErrorCeiling() {
        Slo slo = Slo.parse("ttft_p95=800ms, p99=1.5s, errors=0.5%");

        assertThat(slo.objectives()).containsExactly(
                new Slo.Objective(Slo.Metric.TTFT, 95, 800),
                new Slo.Objective(Slo.Metric.LATENCY, 99, 1500));
        assertThat(slo.maxErrorPct()).isEqualTo(0.5);
        assertThat(slo).hasToString("ttft_p95=800ms,p99=1500ms,errors=0.5%");
    }

    @Test
    void latencyPrefixAndFractionalPercentilesAreAccepted() {
        assertThat(Slo.parse("latency_p99.9=2s").objectives())
                .containsExactly(new Slo.Objective(Slo.Metric.LATENCY, 99.9, 2000));
    }

    @Test
    void aRequestIsJudgedByTheStrictestThresholdOfEachMetric() {
        Slo slo = Slo.parse("p95=1s,p99=2s,ttft_p99=300ms");

        assertThat(slo.strictestMs(Slo.Metric.LATENCY)).isEqualTo(1000);
        assertThat(slo.strictestMs(Slo.Metric.TTFT)).isEqualTo(300);
    }

    @Test
    void blankIsNoObjective() {
        assertThat(Slo.parse(" ").isEmpty()).isTrue();
        assertThat(Slo.NONE.strictestMs(Slo.Metric.TTFT)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aDurationWithoutUnitNamesTheTerm() {
        assertThatThrownBy(() -> Slo.parse("ttft_p95=800"))
                .hasMessage("SLO term 'ttft_p95=800': expected a duration with its unit, e.g. 800ms or 1.5s");
    }

    @Test
    void anUnknownObjectiveListsTheKnownOnes() {
        assertThatThrownBy(() -> Slo.parse("tpot_p95=20ms"))
                .hasMessageContaining("unknown objective 'tpot_p95'; known: ttft_pNN, pNN (latency_pNN), errors");
    }

    @Test
    void aTermGivenTwiceIsRefused() {
        assertThatThrownBy(() -> Slo.parse("p99=1s,latency_p99=2s")).hasMessageContaining("p99 is given twice");
    }

    @Test
    void anErrorShareAbove100PercentIsRefused() {
        assertThatThrownBy(() -> Slo.parse("errors=150%")).hasMessageContaining("a percentage from 0 to 100");
    }
}
