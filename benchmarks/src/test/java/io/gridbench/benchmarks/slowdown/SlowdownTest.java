package io.gridbench.benchmarks.slowdown;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlowdownTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(Slowdown.PROPERTY);
    }

    private static int repeatsOver(Slowdown slowdown, int invocations) {
        return IntStream.range(0, invocations).map(i -> slowdown.owed()).sum();
    }

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
    void withoutThePropertyNoInvocationRepeatsItsWork() {
        assertThat(repeatsOver(Slowdown.of(Slowdown.Path.MATCHING), 1_000)).isZero();
    }

    @Test
    void propertyForAnotherPathLeavesThisOneAlone() {
        System.setProperty(Slowdown.PROPERTY, "replay=1.5");
        assertThat(repeatsOver(Slowdown.of(Slowdown.Path.VERIFY), 1_000)).isZero();
    }

    @Test
    void oneAndAHalfRepeatsEveryOtherInvocationOnce() {
        System.setProperty(Slowdown.PROPERTY, "matching=1.5");
        Slowdown slowdown = Slowdown.of(Slowdown.Path.MATCHING);
        assertThat(IntStream.range(0, 6).map(i -> slowdown.owed()).toArray()).containsExactly(0, 1, 0, 1, 0, 1);
    }

    @Test
    void anyFactorAveragesItsExtraWorkPerInvocation() {
        System.setProperty(Slowdown.PROPERTY, "verify=2.25");
        assertThat(repeatsOver(Slowdown.of(Slowdown.Path.VERIFY), 1_000)).isEqualTo(1_250);
    }
}
