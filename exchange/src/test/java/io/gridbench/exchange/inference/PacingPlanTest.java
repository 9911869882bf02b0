package io.gridbench.exchange.inference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The streaming schedule as pure arithmetic: no clock involved. */
class PacingPlanTest {

    @Test
    void withoutJitterTheFirstChunkIsDueAtTheTimeToFirstTokenAndTheRestAtTheTokenRate() {
        PacingPlan plan = PacingPlan.paced(new LatencyProfile(1_000, 100, 0), 20, 50, 1);

        assertThat(plan.chunkEnds()).containsExactly(5, 10, 15, 20);
        assertThat(plan.dueMillis()).containsExactly(1_000, 1_050, 1_100, 1_150);
    }

    @Test
    void theLastChunkMayBeShortAndIsPacedByItsOwnTokens() {
        PacingPlan plan = PacingPlan.paced(new LatencyProfile(0, 100, 0), 12, 50, 1);

        assertThat(plan.chunkEnds()).containsExactly(5, 10, 12);
        assertThat(plan.dueMillis()).containsExactly(0, 50, 70);
    }

    @Test
    void aSlowProfileStreamsOneTokenPerChunk() {
        assertThat(PacingPlan.chunkTokens(new LatencyProfile(0, 10, 0), 50)).isEqualTo(1);
        assertThat(PacingPlan.chunkTokens(new LatencyProfile(0, 150, 0), 50)).isEqualTo(8);
    }

    @Test
    void jitterKeepsEveryDelayWithinItsBoundsAndTheScheduleIncreasing() {
        LatencyProfile profile = new LatencyProfile(4_620, 40, 0.1);
        PacingPlan plan = PacingPlan.paced(profile, 400, 50, 42);

        assertThat(plan.dueMillis()[0]).isBetween(4_158L, 5_082L);
        for (int i = 1; i < plan.chunks(); i++) {
            long gap = plan.dueMillis()[i] - plan.dueMillis()[i - 1];
            double nominal = (plan.chunkEnds()[i] - plan.chunkEnds()[i - 1]) * 1000.0 / 40;
            assertThat((double) gap).isBetween(nominal * 0.9 - 1, nominal * 1.1 + 1);
        }
        assertThat((double) plan.totalMillis()).isCloseTo(4_620 + 399 * 25.0, within(0.1 * (4_620 + 399 * 25.0)));
    }

    @Test
    void theSameSeedGivesTheSameSchedule() {
        LatencyProfile profile = new LatencyProfile(300, 150, 0.2);

        assertThat(PacingPlan.paced(profile, 100, 50, 9).dueMillis())
                .containsExactly(PacingPlan.paced(profile, 100, 50, 9).dueMillis());
    }

    @Test
    void fastModeMakesEveryChunkDueAtOnce() {
        PacingPlan plan = PacingPlan.instant(17, 4);

        assertThat(plan.chunkEnds()).containsExactly(4, 8, 12, 16, 17);
        assertThat(plan.dueMillis()).containsOnly(0L);
        assertThat(plan.totalMillis()).isZero();
    }

    @Test
    void aCursorWalksTheScheduleInOrderAndTheSamePlanWalksTheSameAgain() {
        PacingPlan plan = PacingPlan.paced(new LatencyProfile(4_620, 40, 0.1), 9, 50, 5);
        PacingPlan.Cursor cursor = plan.cursor();

        long[] walked = new long[plan.chunks()];
        for (int i = 0; i < walked.length; i++) {
            walked[i] = cursor.nextDueMillis();
        }

        assertThat(walked).containsExactly(plan.dueMillis());
        assertThat(plan.totalMillis()).isEqualTo(walked[walked.length - 1]);
        assertThatThrownBy(cursor::nextDueMillis).hasMessage("the schedule has only 5 chunks");
    }
}
