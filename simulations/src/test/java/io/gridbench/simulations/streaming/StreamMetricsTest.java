package io.gridbench.simulations.streaming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StreamMetricsTest {

    private static StreamTimeline stream(long intended, long sent) {
        return new StreamTimeline(intended, sent, sent + 300, 2, new long[] {sent + 350, sent + 400, sent + 400},
                new int[] {2, 2, 2}, sent + 410, 8);
    }

    @Test
    void recordsServiceTimeAndTimeFromIntendedStartSideBySide() {
        StreamMetrics metrics = new StreamMetrics();

        metrics.recordStream(stream(2000, 3000));

        StreamMetrics.Snapshot s = metrics.snapshot();
        assertThat(s.ttftServiceMs().getMaxValue()).isEqualTo(300);
        assertThat(s.ttftFromIntendedMs().getMaxValue()).isEqualTo(1300);
        assertThat(s.fullServiceMs().getMaxValue()).isEqualTo(410);
        assertThat(s.fullFromIntendedMs().getMaxValue()).isEqualTo(1410);
    }

    @Test
    void countsZeroMillisecondGapsBesideTheGapDistribution() {
        StreamMetrics metrics = new StreamMetrics();

        metrics.recordStream(stream(0, 0));

        StreamMetrics.Snapshot s = metrics.snapshot();
        assertThat(s.interChunkGapMs().getTotalCount()).isEqualTo(2);
        assertThat(s.sameMillisecondGaps()).isEqualTo(1);
        assertThat(s.perTokenLatencyMicros().getTotalCount()).isEqualTo(1);
        assertThat(s.perTokenLatencyMicros().valuesAreEquivalent(s.perTokenLatencyMicros().getMaxValue(), 12_500))
                .isTrue();
    }

    @Test
    void reportsBurstyDeliveryWhenManyGapsAreZeroMilliseconds() {
        StreamMetrics paced = new StreamMetrics();
        paced.recordStream(new StreamTimeline(0, 0, 5, 2, new long[] {50, 100, 150}, new int[] {2, 2, 2}, 160, 8));
        StreamMetrics bursty = new StreamMetrics();
        bursty.recordStream(stream(0, 0));

        assertThat(StreamReport.deliveryVerdict(paced.snapshot())).startsWith("events arrived as paced");
        assertThat(StreamReport.deliveryVerdict(bursty.snapshot())).startsWith("events arrived in bursts: 50.0 %");
    }

    @Test
    void countsStreamsExcludedFromTokensPerSecondByReason() {
        StreamMetrics metrics = new StreamMetrics();

        metrics.recordStream(new StreamTimeline(0, 0, 5, 64, new long[0], new int[0], 5, 64));
        metrics.recordStream(new StreamTimeline(0, 0, 5, 2, new long[] {9, 9}, new int[] {31, 31}, 9, 64));

        StreamMetrics.Snapshot s = metrics.snapshot();
        assertThat(s.tokensPerSecond().getTotalCount()).isZero();
        assertThat(s.excludedSingleEvent()).isEqualTo(1);
        assertThat(s.excludedZeroSpan()).isEqualTo(1);
        assertThat(s.outputTokens()).isEqualTo(128);
    }

    @Test
    void detectsClosedModelIterationsThatStartedBehindTheirPace() {
        StreamMetrics metrics = new StreamMetrics();

        metrics.recordIterationStart(0);
        metrics.recordIterationStart(StreamMetrics.LATE_MS);
        metrics.recordIterationStart(6_100);
        metrics.recordIterationStart(-1);

        StreamMetrics.Snapshot s = metrics.snapshot();
        assertThat(s.scheduleLagMs().getTotalCount()).isEqualTo(3);
        assertThat(s.lateIterations()).isEqualTo(1);
        assertThat(StreamReport.scheduleVerdict(s))
                .startsWith("iterations took longer than the pace: 1 of 3 started late, the plan fell up to 6.1 s")
                .endsWith("latencies from intended start include that backlog");
    }

    @Test
    void theOpenModelHasNoScheduleToFallBehind() {
        StreamMetrics metrics = new StreamMetrics();
        metrics.recordIterationStart(-1);

        assertThat(StreamReport.scheduleVerdict(metrics.snapshot())).startsWith("open model");
    }

    @Test
    void aSnapshotHoldsOnlyWhatWasRecordedSinceThePreviousOne() {
        StreamMetrics metrics = new StreamMetrics();
        metrics.recordCompletion(0, 0, 30, 7);
        metrics.snapshot();

        metrics.recordCompletion(0, 10, 40, 3);

        StreamMetrics.Snapshot s = metrics.snapshot();
        assertThat(s.fullServiceMs().getTotalCount()).isEqualTo(1);
        assertThat(s.completions()).isEqualTo(1);
        assertThat(s.outputTokens()).isEqualTo(3);
    }

    @Test
    void writesBothTimeBasesWithExplanationsAndTheCountsIntoJson(@TempDir Path run) throws IOException {
        StreamMetrics metrics = new StreamMetrics();
        metrics.recordIterationStart(1_000);
        metrics.recordStream(stream(5000, 6000));

        StreamReport.write(run, "completions", "closed: 1 users", 2.0, metrics.snapshot());

        JsonNode json = new ObjectMapper().readTree(run.resolve(StreamReport.JSON).toFile());
        JsonNode ttft = json.at("/metrics/time_to_first_token_ms");
        assertThat(ttft.at("/service/p50").asDouble()).isEqualTo(300);
        assertThat(ttft.at("/from_intended_start/p50").asDouble()).isEqualTo(1300);
        assertThat(ttft.at("/service/explanation").asText()).contains("first request");
        assertThat(json.at("/metrics/inter_chunk_gap_ms/same_millisecond_gaps").asLong()).isEqualTo(1);
        assertThat(json.at("/metrics/inter_chunk_gap_ms/note").asText()).contains("1 of 2 gaps");
        // 3 significant digits: 12.5 ms per token is kept within 0.1 %.
        assertThat(json.at("/metrics/inter_token_latency_ms/per_token/p50").asDouble()).isCloseTo(12.5, within(0.0125));
        assertThat(json.at("/metrics/tokens_per_second_per_stream/per_stream/count").asLong()).isEqualTo(1);
        assertThat(json.at("/metrics/tokens_per_second_per_stream/excluded_zero_span").asLong()).isZero();
        assertThat(json.at("/schedule/late_iterations").asLong()).isEqualTo(1);
        assertThat(json.at("/schedule/verdict").asText()).contains("fell up to 1.0 s behind");
        assertThat(json.get("output_tokens_per_second").asDouble()).isEqualTo(4.0);
    }

    @Test
    void writesAnOfflineHtmlPageWithChartsAndExplanations(@TempDir Path run) {
        StreamMetrics metrics = new StreamMetrics();
        metrics.recordStream(stream(0, 0));

        Path html = StreamReport.write(run, "completions", "open: 5/s", 2.0, metrics.snapshot());

        assertThat(html).hasFileName(StreamReport.HTML).content()
                .contains("time_to_first_token_ms", "service time", "from intended start", "uPlot", "const CHARTS=")
                .doesNotContain("src=\"http", "href=\"http");
    }

    @Test
    void chartPositionsRunFromTheMedianBelowUpToTheSampleCount() {
        StreamMetrics metrics = new StreamMetrics();
        for (int i = 0; i < 1000; i++) {
            metrics.recordCompletion(0, 0, i, 1);
        }
        StreamReport.Series series = new StreamReport.Series("service", "service", "", metrics.snapshot()
                .fullServiceMs(), 1);

        double[] x = StreamReport.chartX(java.util.List.of(series));

        assertThat(x[0]).isEqualTo(1.0);
        assertThat(x[x.length - 1]).isEqualTo(1000.0);
        assertThat(x).isSorted();
    }
}
