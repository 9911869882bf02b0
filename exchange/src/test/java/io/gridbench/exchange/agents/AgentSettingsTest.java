package io.gridbench.exchange.agents;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentSettingsTest {

    @Test
    void defaultsQuoteChatFastAroundTwoForty() {
        assertThat(AgentSettings.defaults().referencePrice("chat-fast")).isEqualTo(2.40);
    }

    @Test
    void anUnlistedInstrumentGetsTheDefaultReferencePrice() {
        AgentSettings s = AgentSettings.defaults();

        assertThat(s.referencePrice("vision-large")).isEqualTo(s.defaultReferencePrice());
    }

    @Test
    void aNonPositiveReferencePriceIsRejectedNamingTheInstrument() {
        assertThatThrownBy(() -> AgentSettings.defaults().withReferencePrices(Map.of("chat-fast", 0.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("referencePrices.chat-fast");
    }

    @Test
    void anOutOfRangeShareIsRejectedNamingTheSetting() {
        assertThatThrownBy(() -> new OrderFlowSettings(2, 0.6, 15, 1.5, 0.3, 0.3, 6, 0.8, 200, 20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("flow.buyShare");
    }

    @Test
    void marketAndMarketableSharesCannotExceedOne() {
        assertThatThrownBy(() -> new OrderFlowSettings(2, 0.6, 15, 0.5, 0.7, 0.5, 6, 0.8, 200, 20))
                .hasMessageContaining("flow.marketableLimitShare");
    }

    @Test
    void aLadderNeedsAtLeastOneLevel() {
        assertThatThrownBy(() -> new LadderSettings(0, 1, 40, 0.0075, 1000)).hasMessageContaining("ladder.levels");
    }
}
