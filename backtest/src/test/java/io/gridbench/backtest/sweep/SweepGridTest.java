package io.gridbench.backtest.sweep;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SweepGridTest {

    @Test
    void variantsAreEveryCombinationWithTheFirstAxisVaryingSlowest() {
        SweepGrid g = SweepGrid.parse(List.of("a=1,2", "b=x,y,z"));
        assertThat(g.size()).isEqualTo(6);
        assertThat(g.variants()).extracting(Variant::label).containsExactly(
                "a=1 b=x", "a=1 b=y", "a=1 b=z", "a=2 b=x", "a=2 b=y", "a=2 b=z");
        assertThat(g.variants()).extracting(Variant::index).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(g.variants().get(4).overrides()).containsExactly("a=2", "b=y");
    }

    @Test
    void aKeySweptTwiceIsAnError() {
        assertThatThrownBy(() -> SweepGrid.parse(List.of("a=1,2", "a=3"))).hasMessageContaining("key 'a'")
                .hasMessageContaining("swept twice");
    }

    @Test
    void anEmptyGridIsAnError() {
        assertThatThrownBy(() -> SweepGrid.parse(List.of())).hasMessageContaining("--vary");
    }

    @Test
    void aGridLargerThanTheGuardIsRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> SweepGrid.parse(List.of("a=1..1000:1", "b=1..1000:1")))
                .hasMessageContaining("more than " + SweepGrid.MAX_VARIANTS);
    }
}
