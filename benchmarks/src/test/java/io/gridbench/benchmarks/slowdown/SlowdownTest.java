package io.gridbench.benchmarks.slowdown;

import org.junit.jupiter.api.Test;

import java.util.function.LongConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlowdownTest {

    private static final Runnable MUST_NOT_RUN = () -> {
        throw new AssertionError("the invocation must not be timed");
    };
    private static final LongConsumer MUST_NOT_INSTALL = tokens -> {
        throw new AssertionError("no slowdown may be installed, got " + tokens + " tokens");
    };

    @Test
    void requestNamesAPathAndAFactor() {
        Slowdown.Request request = Slowdown.Request.parse("matching=1.5");
        assertThat(request.path()).isEqualTo(Slowdown.Path.MATCHING);
        assertThat(request.factor()).isEqualTo(1.5);
        assertThat(request.propertyValue()).isEqualTo("matching=1.5");
        assertThat(Slowdown.Request.parse("VERIFY=2").path()).isEqualTo(Slowdown.Path.VERIFY);
    }

    @Test
    void badRequestsSayWhatIsWrong() {
        assertThatThrownBy(() -> Slowdown.Request.parse("matching"))
                .hasMessageContaining("PATH=FACTOR");
        assertThatThrownBy(() -> Slowdown.Request.parse("json=1.5"))
                .hasMessageContaining("matching, replay or verify, was 'json'");
        assertThatThrownBy(() -> Slowdown.Request.parse("replay=fast"))
                .hasMessageContaining("factor must be a number");
        assertThatThrownBy(() -> Slowdown.Request.parse("replay=0.5"))
                .hasMessageContaining("factor must be in (1, 10], was 0.5");
    }

    @Test
    void withoutThePropertyNoBenchmarkIsSlowed() {
        assertThat(System.getProperty(Slowdown.PROPERTY)).isNull();
        Slowdown.inject(Slowdown.Path.MATCHING, MUST_NOT_RUN, MUST_NOT_INSTALL);
    }

    @Test
    void propertyForAnotherPathLeavesThisOneAlone() {
        System.setProperty(Slowdown.PROPERTY, "replay=1.5");
        try {
            Slowdown.inject(Slowdown.Path.VERIFY, MUST_NOT_RUN, MUST_NOT_INSTALL);
        } finally {
            System.clearProperty(Slowdown.PROPERTY);
        }
    }

    @Test
    void propertyForThisPathInstallsExtraWorkPerInvocation() {
        long[] installed = {0};
        long[] sink = {0};
        System.setProperty(Slowdown.PROPERTY, "verify=1.5");
        try {
            Slowdown.inject(Slowdown.Path.VERIFY, () -> sink[0] += Long.numberOfTrailingZeros(sink[0] + 1),
                    tokens -> installed[0] = tokens);
        } finally {
            System.clearProperty(Slowdown.PROPERTY);
        }
        assertThat(installed[0]).isPositive();
    }
}
