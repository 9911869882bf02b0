package io.gridbench.simulations.streaming;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamTimelineTest {

    /** Sent at 1000 (planned for 400), first token at 1300 (2 tokens), then chunks of 2 tokens every 50 ms. */
    private static StreamTimeline paced() {
        return new StreamTimeline(400, 1000, 1300, 2, new long[] {1350, 1400, 1450, 1500}, new int[] {2, 2, 2, 2},
                1510, 10);
    }

    @Test
    void timeToFirstTokenIsCountedBothFromTheSendAndFromTheIntendedStart() {
        StreamTimeline t = paced();

        assertThat(t.ttftServiceMs()).isEqualTo(300);
        assertThat(t.ttftFromIntendedMs()).isEqualTo(900);
        assertThat(t.fullServiceMs()).isEqualTo(510);
        assertThat(t.fullFromIntendedMs()).isEqualTo(1110);
    }

    @Test
    void interChunkGapsAreMeasuredBetweenGatlingStampedEventsOnly() {
        StreamTimeline t = paced();

        assertThat(t.gapCount()).isEqualTo(3);
        assertThat(new long[] {t.gapMs(0), t.gapMs(1), t.gapMs(2)}).containsExactly(50, 50, 50);
        assertThat(t.sameMillisecondGaps()).isZero();
    }

    @Test
    void perTokenLatencyDividesEachGapByTheTokensOfTheEventEndingIt() {
        long[] out = new long[3];

        int n = paced().perTokenLatencyMicros(out);

        assertThat(n).isEqualTo(3);
        assertThat(out).containsExactly(25_000, 25_000, 25_000);
    }

    @Test
    void eventsInTheSameMillisecondAreCountedAsZeroGapsAndMergedIntoOneArrivalPerToken() {
        // 1400 carries three events (6 tokens) that arrived in one read after a 100 ms stall.
        StreamTimeline t = new StreamTimeline(0, 0, 1200, 2, new long[] {1300, 1400, 1400, 1400, 1450},
                new int[] {2, 2, 2, 2, 2}, 1460, -1);
        long[] out = new long[t.gapCount()];

        int n = t.perTokenLatencyMicros(out);

        assertThat(t.sameMillisecondGaps()).isEqualTo(2);
        assertThat(n).isEqualTo(2);
        assertThat(out[0]).isEqualTo(Math.round(100_000 / 6.0));
        assertThat(out[1]).isEqualTo(25_000);
    }

    @Test
    void perEventTokenEstimatesAreScaledToTheBilledUsage() {
        // Estimates say 2 per event (10 in all) but usage billed 20: each event really carried 4.
        StreamTimeline t = new StreamTimeline(0, 0, 100, 2, new long[] {150, 200, 250, 300},
                new int[] {2, 2, 2, 2}, 310, 20);
        long[] out = new long[3];

        t.perTokenLatencyMicros(out);

        assertThat(out).containsExactly(12_500, 12_500, 12_500);
        assertThat(t.tokensPerSecond()).isEqualTo(80.0);
    }

    @Test
    void tokensPerSecondLeavesOutTheFirstArrivalsTokensAsTheyPrecedeTheSpan() {
        // 6 tokens after the first timed event, over 150 ms.
        // usage 10 equals the estimates (2 + 4 x 2), so no scaling.
        assertThat(paced().tokensPerSecond()).isEqualTo(40.0);
        assertThat(paced().tokensPerSecondExclusion()).isEqualTo(StreamTimeline.Exclusion.NONE);
    }

    @Test
    void aStreamWithFewerThanTwoTimedEventsHasNoTokensPerSecond() {
        StreamTimeline t = new StreamTimeline(0, 0, 100, 64, new long[] {120}, new int[] {2}, 121, 66);

        assertThat(t.tokensPerSecondExclusion()).isEqualTo(StreamTimeline.Exclusion.SINGLE_EVENT);
        assertThat(t.tokensPerSecond()).isNaN();
    }

    @Test
    void aStreamWhoseTimedEventsShareOneMillisecondHasNoTokensPerSecond() {
        // The artefact behind a 64,000 tokens/s "stream": everything read at once.
        StreamTimeline t = new StreamTimeline(0, 0, 100, 2, new long[] {4000, 4000, 4000}, new int[] {2, 2, 2},
                4000, 8);

        assertThat(t.tokensPerSecondExclusion()).isEqualTo(StreamTimeline.Exclusion.ZERO_SPAN);
        assertThat(t.tokensPerSecond()).isNaN();
    }

    @Test
    void outputTokensFallBackToTheSumOfEstimatesWithoutUsage() {
        StreamTimeline t = new StreamTimeline(0, 0, 100, 3, new long[] {150, 200}, new int[] {2, 1}, 210, -1);

        assertThat(t.tokens()).isEqualTo(6);
    }

    @Test
    void refusesTokenCountsThatDoNotMatchTheEvents() {
        assertThatThrownBy(() -> new StreamTimeline(0, 0, 1, 1, new long[] {2, 3}, new int[] {1}, 4, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contentTokens");
    }
}
