package io.gridbench.benchmarks.gate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class UnitsTest {

    @Test
    void throughputPerMicrosecondIsAMillionTimesPerSecond() {
        assertThat(Units.opsPerSecond(5.5, "ops/us")).isCloseTo(5.5e6, within(1e-3));
    }

    @Test
    void timePerOperationIsInverted() {
        assertThat(Units.opsPerSecond(200.0, "ns/op")).isCloseTo(5.0e6, within(1e-3));
        assertThat(Units.opsPerSecond(2.0, "ms/op")).isCloseTo(500.0, within(1e-9));
    }

    @Test
    void unknownUnitIsNamed() {
        assertThatThrownBy(() -> Units.opsPerSecond(1, "MB/sec")).hasMessageContaining("'MB/sec'");
        assertThatThrownBy(() -> Units.opsPerSecond(1, "ops/fortnight")).hasMessageContaining("'fortnight'");
    }

    @Test
    void humanRatesUseSiSuffixes() {
        assertThat(Units.humanRate(5_210_000)).isEqualTo("5.21M");
        assertThat(Units.humanRate(13_400)).isEqualTo("13.4k");
        assertThat(Units.humanRate(812)).isEqualTo("812.0");
        assertThat(Units.humanRate(Double.NaN)).isEqualTo("-");
    }

    @Test
    void humanFiguresNeverUseScientificNotation() {
        assertThat(Units.human(24_090)).isEqualTo("24.1k");
        assertThat(Units.human(4_030)).isEqualTo("4.0k");
        assertThat(Units.human(14.8612)).isEqualTo("14.9");
        assertThat(Units.human(0.2454)).isEqualTo("0.245");
        assertThat(Units.human(0)).isEqualTo("0");
        assertThat(Units.human(Double.NaN)).isEqualTo("-");
    }
}
