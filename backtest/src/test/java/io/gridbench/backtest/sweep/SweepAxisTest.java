package io.gridbench.backtest.sweep;

import io.gridbench.backtest.config.ConfigException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SweepAxisTest {

    @Test
    void aListGivesItsValuesInOrder() {
        SweepAxis a = SweepAxis.parse("window=4h, 1h,2h");
        assertThat(a.key()).isEqualTo("window");
        assertThat(a.values()).containsExactly("4h", "1h", "2h");
    }

    @Test
    void aRangeIsInclusiveAndKeepsTheDecimalsOfItsBounds() {
        assertThat(SweepAxis.parse("max_price=2.30..2.45:0.05").values())
                .containsExactly("2.30", "2.35", "2.40", "2.45");
        assertThat(SweepAxis.parse("min_balance=1..10:4").values()).containsExactly("1", "5", "9");
    }

    @Test
    void aSpecWithoutEqualsSaysWhichFormsAreAccepted() {
        assertThatThrownBy(() -> SweepAxis.parse("max_price")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("--vary").hasMessageContaining("key=v1,v2,... or key=from..to:step");
    }

    @Test
    void emptyAndRepeatedValuesAreRejectedNamingTheKey() {
        assertThatThrownBy(() -> SweepAxis.parse("window=")).hasMessageContaining("key 'window'")
                .hasMessageContaining("no values");
        assertThatThrownBy(() -> SweepAxis.parse("window=1h,,2h")).hasMessageContaining("key 'window'")
                .hasMessageContaining("empty value");
        assertThatThrownBy(() -> SweepAxis.parse("window=1h,1h")).hasMessageContaining("listed twice");
    }

    @Test
    void badRangesSayWhatIsWrong() {
        List.of("max_price=2.30..2.45", "max_price=2.30..2.45:0", "max_price=2.45..2.30:0.01",
                "max_price=2.30..x:0.01", "max_price=0..1000000:1").forEach(spec ->
                assertThatThrownBy(() -> SweepAxis.parse(spec)).isInstanceOf(ConfigException.class)
                        .hasMessageContaining("key 'max_price'"));
        assertThatThrownBy(() -> SweepAxis.parse("max_price=2.30..2.45")).hasMessageContaining("needs a step");
        assertThatThrownBy(() -> SweepAxis.parse("max_price=2.30..2.45:0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> SweepAxis.parse("max_price=2.45..2.30:0.01")).hasMessageContaining("below");
        assertThatThrownBy(() -> SweepAxis.parse("max_price=2.30..x:0.01")).hasMessageContaining("'x'");
    }
}
