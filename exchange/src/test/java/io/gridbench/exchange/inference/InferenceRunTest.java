package io.gridbench.exchange.inference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

class InferenceRunTest {
    private static final long MS = 1_000_000L;
    private static final long TICK = 5 * MS;

    @Test
    void aChunkDueOnATickBoundaryWaitsUntilIt() {
        assertThat(InferenceRun.waitMillis(0, 10 * MS, TICK)).isEqualTo(10);
    }

    @Test
    void aChunkDueWithinATickWaitsForTheTicksEnd() {
        assertThat(InferenceRun.waitMillis(0, 7 * MS, TICK)).isEqualTo(10);
    }

    @Test
    void streamsDueWithinOneTickWakeAtTheSameBoundary() {
        long now = 1_000 * MS + 300_000;
        long first = now + InferenceRun.waitMillis(now, 1_006 * MS, TICK) * MS;
        long second = now + InferenceRun.waitMillis(now, 1_009 * MS + 500_000, TICK) * MS;

        assertThat(first).isEqualTo(second);
    }

    @Test
    void aChunkNeverGoesOutBeforeItIsDueNorMoreThanATickAndAMillisecondLate() {
        qt().forAll(longs().between(-1_000_000 * MS, 1_000_000 * MS), longs().between(1, 10_000 * MS))
                .checkAssert((now, ahead) -> {
                    long due = now + ahead;
                    long wakes = now + InferenceRun.waitMillis(now, due, TICK) * MS;
                    assertThat(wakes).isGreaterThanOrEqualTo(due).isLessThan(due + TICK + MS);
                });
    }
}
