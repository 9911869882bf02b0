package io.gridbench.benchmarks.gate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RatioTestTest {

    /** 24 baseline ratios around 0.040 with a 5 % spread, as three quick forks of eight iterations give. */
    static final List<Double> BASELINE = List.of(
            0.0400, 0.0410, 0.0390, 0.0405, 0.0395, 0.0402, 0.0398, 0.0420,
            0.0380, 0.0401, 0.0399, 0.0407, 0.0393, 0.0404, 0.0396, 0.0411,
            0.0389, 0.0403, 0.0397, 0.0408, 0.0392, 0.0400, 0.0406, 0.0394);

    static List<Double> scaled(List<Double> values, double factor) {
        return values.stream().map(v -> v * factor).toList();
    }

    @Test
    void runLikeTheBaselineIsEstimatedAtOneAndPasses() {
        RatioTest test = RatioTest.of(BASELINE.subList(0, 8), BASELINE, 0.85, RatioTest.ALPHA);
        assertThat(test.estimate()).isCloseTo(1.0, within(0.02));
        assertThat(test.low()).isLessThan(1.0);
        assertThat(test.high()).isGreaterThan(1.0);
        assertThat(test.regressed()).isFalse();
    }

    @Test
    void runOneAndAHalfTimesSlowerIsSignificantlyBelowTheThreshold() {
        RatioTest test = RatioTest.of(scaled(BASELINE.subList(8, 16), 1 / 1.5), BASELINE, 0.85, RatioTest.ALPHA);
        assertThat(test.estimate()).isCloseTo(0.667, within(0.02));
        assertThat(test.high()).isLessThan(0.85);
        assertThat(test.pValue()).isLessThan(RatioTest.ALPHA);
        assertThat(test.regressed()).isTrue();
    }

    @Test
    void runSlightlyAboveTheThresholdIsNotSignificant() {
        RatioTest test = RatioTest.of(scaled(BASELINE.subList(0, 8), 0.88), BASELINE, 0.85, RatioTest.ALPHA);
        assertThat(test.estimate()).isCloseTo(0.88, within(0.02));
        assertThat(test.regressed()).isFalse();
    }

    @Test
    void fewDisturbedIterationsDoNotFailAnOtherwiseUnchangedRun() {
        List<Double> run = List.of(0.0401, 0.0398, 0.0405, 0.0399, 0.0402, 0.0200, 0.0150, 0.0310);
        assertThat(RatioTest.of(run, BASELINE, 0.85, RatioTest.ALPHA).regressed()).isFalse();
    }

    @Test
    void intervalBracketsTheEstimate() {
        RatioTest test = RatioTest.of(scaled(BASELINE.subList(0, 8), 0.7), BASELINE, 0.85, RatioTest.ALPHA);
        assertThat(test.low()).isLessThanOrEqualTo(test.estimate());
        assertThat(test.high()).isGreaterThanOrEqualTo(test.estimate());
        assertThat(test.samples()).isEqualTo(8);
        assertThat(test.baselineSamples()).isEqualTo(24);
    }

    @Test
    void descriptionStatesEstimateIntervalPValueAndThreshold() {
        String text = RatioTest.of(scaled(BASELINE.subList(0, 8), 0.7), BASELINE, 0.85, RatioTest.ALPHA).describe();
        assertThat(text).startsWith("70% of baseline (98% interval ").contains("against 85%; 8 samples against 24)");
    }

    @Test
    void ratiosMustBePositive() {
        assertThatThrownBy(() -> RatioTest.of(List.of(0.04, 0.0), BASELINE, 0.85, RatioTest.ALPHA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("run sample holds 0.0");
        assertThatThrownBy(() -> RatioTest.of(List.of(0.04), List.of(), 0.85, RatioTest.ALPHA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseline sample is empty");
    }
}
