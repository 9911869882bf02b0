package io.gridbench.simulations.load;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoadShapeTest {

    @AfterEach
    void clear() {
        for (String name : new String[] {"model", "rate", "rampTo", "users", "duration", "poisson"}) {
            System.clearProperty(Settings.PREFIX + name);
        }
    }

    @Test
    void defaultsToAPoissonOpenModelOfTheSimulationsRateForTenSeconds() {
        LoadShape shape = LoadShape.fromProperties(20, 8);

        assertThat(shape.isClosed()).isFalse();
        assertThat(shape.rate()).isEqualTo(20);
        assertThat(shape.rampTo()).isEqualTo(20);
        assertThat(shape.poisson()).isTrue();
        assertThat(shape.duration()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void readsAClosedModelFromProperties() {
        System.setProperty("gridbench.model", "CLOSED");
        System.setProperty("gridbench.users", "12");
        System.setProperty("gridbench.duration", "30");

        LoadShape shape = LoadShape.fromProperties(20, 8);

        assertThat(shape.describe()).isEqualTo("closed: 12 users, pace 200 ms, 30 s");
    }

    @Test
    void describesARamp() {
        System.setProperty("gridbench.rate", "2");
        System.setProperty("gridbench.rampTo", "50");

        assertThat(LoadShape.fromProperties(20, 8).describe()).isEqualTo("open: 2.0 -> 50.0/s (Poisson), 10 s");
    }

    @Test
    void namesThePropertyWithABadValue() {
        System.setProperty("gridbench.users", "-3");

        assertThatThrownBy(() -> LoadShape.fromProperties(20, 8))
                .hasMessage("-Dgridbench.users=-3: expected a whole number above 0");
    }

    @Test
    void refusesAnUnknownModel() {
        System.setProperty("gridbench.model", "poisson");

        assertThatThrownBy(() -> LoadShape.fromProperties(20, 8))
                .hasMessage("-Dgridbench.model=poisson: expected one of open, closed");
    }
}
