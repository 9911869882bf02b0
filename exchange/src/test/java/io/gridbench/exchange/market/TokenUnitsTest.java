package io.gridbench.exchange.market;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenUnitsTest {

    @Test
    void coveringRoundsUpToWholeUnits() {
        assertThat(TokenUnits.covering(1)).isEqualTo(1);
        assertThat(TokenUnits.covering(1_000_000)).isEqualTo(1);
        assertThat(TokenUnits.covering(1_000_001)).isEqualTo(2);
    }

    @Test
    void nothingToCoverNeedsNoUnits() {
        assertThat(TokenUnits.covering(0)).isZero();
        assertThat(TokenUnits.covering(-5)).isZero();
    }

    @Test
    void aUnitIsAMillionTokens() {
        assertThat(TokenUnits.tokens(3)).isEqualTo(3_000_000);
    }
}
