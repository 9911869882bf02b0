package io.gridbench.simulations.consumption;

import io.gridbench.simulations.load.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompletionPopulationsTest {
    private static final String PROPERTY = Settings.PREFIX + CompletionPopulations.PROPERTY;

    @AfterEach
    void clear() {
        System.clearProperty(PROPERTY);
    }

    @Test
    void byDefaultBothPopulationsRun() {
        CompletionPopulations populations = CompletionPopulations.fromProperties();

        assertThat(populations.whole()).isTrue();
        assertThat(populations.streamed()).isTrue();
        assertThat(populations.count()).isEqualTo(2);
    }

    @Test
    void streamedRunsTheStreamingPopulationAlone() {
        System.setProperty(PROPERTY, "Streamed");

        assertThat(CompletionPopulations.fromProperties()).isEqualTo(new CompletionPopulations(false, true));
    }

    @Test
    void wholeRunsTheWholeCompletionPopulationAlone() {
        System.setProperty(PROPERTY, "whole");

        assertThat(CompletionPopulations.fromProperties().count()).isEqualTo(1);
        assertThat(CompletionPopulations.fromProperties().whole()).isTrue();
    }

    @Test
    void namesThePropertyWithABadValue() {
        System.setProperty(PROPERTY, "streams");

        assertThatThrownBy(CompletionPopulations::fromProperties)
                .hasMessage("-Dgridbench.populations=streams: expected one of both, streamed, whole");
    }
}
