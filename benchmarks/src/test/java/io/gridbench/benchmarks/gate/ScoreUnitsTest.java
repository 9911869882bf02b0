package io.gridbench.benchmarks.gate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScoreUnitsTest {

    @Test
    void throughputPerMicrosecondIsAMillionTimesPerSecond() {
        assertThat(ScoreUnits.opsPerSecond(5.5, "ops/us")).isCloseTo(5.5e6, within(1e-3));
    }

    @Test
    void timePerOperationIsInverted() {
        assertThat(ScoreUnits.opsPerSecond(200.0, "ns/op")).isCloseTo(5.0e6, within(1e-3));
        assertThat(ScoreUnits.opsPerSecond(2.0, "ms/op")).isCloseTo(500.0, within(1e-9));
    }

    @Test
    void unknownUnitIsNamed() {
        assertThatThrownBy(() -> ScoreUnits.opsPerSecond(1, "MB/sec")).hasMessageContaining("'MB/sec'");
        assertThatThrownBy(() -> ScoreUnits.opsPerSecond(1, "ops/fortnight")).hasMessageContaining("'fortnight'");
    }

    @Test
    void humanRatesUseSiSuffixes() {
        assertThat(ScoreUnits.humanRate(5_210_000)).isEqualTo("5.21M");
        assertThat(ScoreUnits.humanRate(13_400)).isEqualTo("13.4k");
        assertThat(ScoreUnits.humanRate(812)).isEqualTo("812.0");
        assertThat(ScoreUnits.humanRate(Double.NaN)).isEqualTo("-");
    }

    @Test
    void humanFiguresNeverUseScientificNotation() {
        assertThat(ScoreUnits.human(24_090)).isEqualTo("24.1k");
        assertThat(ScoreUnits.human(4_030)).isEqualTo("4.0k");
        assertThat(ScoreUnits.human(14.8612)).isEqualTo("14.9");
        assertThat(ScoreUnits.human(0.2454)).isEqualTo("0.245");
        assertThat(ScoreUnits.human(0)).isEqualTo("0");
        assertThat(ScoreUnits.human(Double.NaN)).isEqualTo("-");
    }
}
