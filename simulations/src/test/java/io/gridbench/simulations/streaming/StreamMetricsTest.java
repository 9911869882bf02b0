package io.gridbench.simulations.streaming;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StreamMetricsTest {

    @Test
    void recordsAStreamsFirstTokenGapsAndTokensPerSecond() {
        StreamMetrics metrics = new StreamMetrics();

        metrics.recordStream(120, 620, new long[] {10, 20, 30, 0}, 3, 50);

        StreamMetrics.Snapshot s = metrics.snapshot();
        assertThat(s.timeToFirstTokenMs().getMaxValue()).isEqualTo(120);
        assertThat(s.interTokenLatencyMs().getTotalCount()).isEqualTo(3);
        assertThat(s.tokensPerSecond().getMaxValue()).isEqualTo(100);
        assertThat(s.outputTokens()).isEqualTo(50);
        assertThat(s.streamed()).isEqualTo(1);
    }

    @Test
    void countsAGenerationFasterThanTheClockTickAsOneMillisecond() {
        StreamMetrics metrics = new StreamMetrics();

        metrics.recordStream(5, 5, new long[0], 0, 40);

        Histogram tokensPerSecond = metrics.snapshot().tokensPerSecond();
        assertThat(tokensPerSecond.valuesAreEquivalent(tokensPerSecond.getMaxValue(), 40_000)).isTrue();
    }

    @Test
    void aSnapshotHoldsOnlyWhatWasRecordedSinceThePreviousOne() {
        StreamMetrics metrics = new StreamMetrics();
        metrics.recordCompletion(30, 7);
        metrics.snapshot();

        metrics.recordCompletion(40, 3);

        assertThat(metrics.snapshot().fullResponseMs().getTotalCount()).isEqualTo(1);
    }

    @Test
    void writesJsonAndHtmlIntoTheRunFolder(@TempDir Path run) throws IOException {
        StreamMetrics metrics = new StreamMetrics();
        metrics.recordStream(100, 300, new long[] {5}, 1, 10);

        Path html = StreamReport.write(run, "completions", "open: 5/s", 2.0, metrics.snapshot());

        assertThat(html).hasFileName(StreamReport.HTML).content().contains("time_to_first_token_ms");
        assertThat(Files.readString(run.resolve(StreamReport.JSON)))
                .contains("\"output_tokens_per_second\" : 5.0").contains("\"p99\" : 100");
    }
}
