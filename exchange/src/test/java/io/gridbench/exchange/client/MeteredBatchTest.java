package io.gridbench.exchange.client;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The batch's arithmetic: seed 000's estimate, the units it buys and how its limit follows the market. */
class MeteredBatchTest {

    @Test
    void estimatesEachPromptAsSeedZeroDoes() {
        // ceil((14 + 50) / 4) = 16 and ceil((18 + 50) / 4) = 17
        assertThat(BatchEstimate.tokens("What is 2 + 2?")).isEqualTo(16);
        assertThat(BatchEstimate.tokens(List.of("What is 2 + 2?", "Name three colors."))).isEqualTo(33);
    }

    @Test
    void buysAtLeastOneUnitAndRoundsUpToWholeUnits() {
        assertThat(BatchEstimate.unitsToBuy(0)).isEqualTo(1);
        assertThat(BatchEstimate.unitsToBuy(33)).isEqualTo(1);
        assertThat(BatchEstimate.unitsToBuy(1_000_001)).isEqualTo(2);
    }

    @Test
    void aPlanBuysTheUnitsThatCoverItsPrompts() {
        MeteredBatch.Plan plan = new MeteredBatch.Plan("chat-fast", "m", List.of("What is 2 + 2?",
                "Name three colors."), 250, false, "c", 3);
        assertThat(plan.estimatedTokens()).isEqualTo(33);
        assertThat(plan.units()).isEqualTo(1);
    }

    @Test
    void aPlanWithoutPromptsIsRefused() {
        assertThatThrownBy(() -> new MeteredBatch.Plan("chat-fast", "m", List.of(), 250, false, "c", 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLimitRisesToABestAskAboveIt() {
        assertThat(MeteredBatch.limitFor(250, 262, false)).isEqualTo(262);
    }

    @Test
    void aKeptLimitStaysWhateverTheAsk() {
        assertThat(MeteredBatch.limitFor(50, 262, true)).isEqualTo(50);
    }

    @Test
    void aBestAskAtOrBelowTheLimitOrNoAskLeavesItAlone() {
        assertThat(MeteredBatch.limitFor(250, 240, false)).isEqualTo(250);
        assertThat(MeteredBatch.limitFor(250, -1, false)).isEqualTo(250);
    }
}
