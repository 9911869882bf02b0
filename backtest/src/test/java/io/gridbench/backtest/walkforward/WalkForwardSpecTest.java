package io.gridbench.backtest.walkforward;

import io.gridbench.backtest.config.ConfigException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WalkForwardSpecTest {
    private static final long DAY = 86_400_000L;

    @Test
    void theStepDefaultsToTheTestLength() {
        assertThat(WalkForwardSpec.parse("train=30d,test=7d")).isEqualTo(new WalkForwardSpec(30 * DAY, 7 * DAY,
                7 * DAY));
        assertThat(WalkForwardSpec.parse("train=30d, test=7d, step=1d").stepMillis()).isEqualTo(DAY);
    }

    @Test
    void aMissingTestWindowNamesTheKey() {
        assertThatThrownBy(() -> WalkForwardSpec.parse("train=30d")).isInstanceOf(ConfigException.class)
                .hasMessage("--walk-forward: key 'test': is required (e.g. train=30d,test=7d)");
    }

    @Test
    void anUnknownKeyOrABadDurationNamesTheKey() {
        assertThatThrownBy(() -> WalkForwardSpec.parse("train=30d,tset=7d"))
                .hasMessageStartingWith("--walk-forward: key 'tset': unknown");
        assertThatThrownBy(() -> WalkForwardSpec.parse("train=30x,test=7d"))
                .hasMessageStartingWith("--walk-forward: key 'train': expected a duration");
        assertThatThrownBy(() -> WalkForwardSpec.parse("train=0d,test=7d"))
                .hasMessage("--walk-forward: key 'train': must be longer than zero");
        assertThatThrownBy(() -> WalkForwardSpec.parse("30d,7d")).hasMessageContaining("expected train=DURATION");
    }
}
