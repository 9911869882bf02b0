package io.gridbench.simulations.streaming;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.util.concurrent.atomic.LongAdder;

/**
 * The completion metrics Gatling does not have, each an HdrHistogram {@link Recorder}: time to first token and full
 * response (each twice: service time from the actual send, and response time from the intended start), inter-chunk
 * gaps, per-token latency, tokens per second per stream, and the closed model's schedule lag. Gatling's virtual users
 * run on several event-loop threads, so every recorder is the concurrent (wait-free, multi-writer) kind and every
 * counter a {@link LongAdder}; the single reader takes one snapshot at the end of the run ({@link #snapshot()}).
 *
 * <p>What each number means is defined once, in {@link StreamTimeline} and {@link StreamReport}'s explanations.
 */
public final class StreamMetrics {
    /** One hour: anything longer is a hung request, recorded at this ceiling. */
    static final long MAX_MS = 3_600_000L;
    /**
     * An iteration that starts this much after its plan is late. Below it is timer noise: Gatling's pace wakes on a
     * Netty event-loop timer, which on a busy machine fires a few milliseconds late even when nothing overran.
     */
    public static final long LATE_MS = 10;
    /** 3 significant digits: 1 unit resolution up to 1000 units, 0.1 % above. */
    private static final int DIGITS = 3;

    private final Recorder ttftService = new Recorder(MAX_MS, DIGITS);
    private final Recorder ttftFromIntended = new Recorder(MAX_MS, DIGITS);
    private final Recorder fullService = new Recorder(MAX_MS, DIGITS);
    private final Recorder fullFromIntended = new Recorder(MAX_MS, DIGITS);
    private final Recorder interChunkGap = new Recorder(MAX_MS, DIGITS);
    private final Recorder perTokenMicros = new Recorder(MAX_MS * 1000, DIGITS);
    private final Recorder tokensPerSecond = new Recorder(100_000_000L, DIGITS);
    private final Recorder scheduleLag = new Recorder(MAX_MS, DIGITS);
    private final LongAdder completions = new LongAdder();
    private final LongAdder streamed = new LongAdder();
    private final LongAdder outputTokens = new LongAdder();
    private final LongAdder sameMillisecondGaps = new LongAdder();
    private final LongAdder excludedSingleEvent = new LongAdder();
    private final LongAdder excludedZeroSpan = new LongAdder();
    private final LongAdder lateIterations = new LongAdder();

    /**
     * A closed-model iteration started {@code lagMs} after its plan ({@link
     * io.gridbench.simulations.load.IntendedStart#lagOf}); a negative lag (open model, no schedule) is ignored.
     */
    public void recordIterationStart(long lagMs) {
        if (lagMs < 0) {
            return;
        }
        scheduleLag.recordValue(clamp(lagMs));
        if (lagMs > LATE_MS) {
            lateIterations.increment();
        }
    }

    /** A non-streamed completion that was meant to start, was sent and came back whole at these times. */
    public void recordCompletion(long intendedStartMs, long sentAtMs, long doneAtMs, long tokens) {
        completions.increment();
        fullService.recordValue(clamp(doneAtMs - sentAtMs));
        fullFromIntended.recordValue(clamp(doneAtMs - intendedStartMs));
        addTokens(tokens);
    }

    /** A streamed completion, whole. */
    public void recordStream(StreamTimeline stream) {
        completions.increment();
        streamed.increment();
        ttftService.recordValue(clamp(stream.ttftServiceMs()));
        ttftFromIntended.recordValue(clamp(stream.ttftFromIntendedMs()));
        fullService.recordValue(clamp(stream.fullServiceMs()));
        fullFromIntended.recordValue(clamp(stream.fullFromIntendedMs()));
        for (int i = 0; i < stream.gapCount(); i++) {
            interChunkGap.recordValue(clamp(stream.gapMs(i)));
        }
        sameMillisecondGaps.add(stream.sameMillisecondGaps());
        long[] perToken = new long[stream.gapCount()];
        int n = stream.perTokenLatencyMicros(perToken);
        for (int i = 0; i < n; i++) {
            perTokenMicros.recordValue(Math.min(MAX_MS * 1000, perToken[i]));
        }
        switch (stream.tokensPerSecondExclusion()) {
            case NONE -> tokensPerSecond.recordValue(Math.min(100_000_000L, Math.round(stream.tokensPerSecond())));
            case SINGLE_EVENT -> excludedSingleEvent.increment();
            case ZERO_SPAN -> excludedZeroSpan.increment();
        }
        addTokens(stream.tokens());
    }

    private void addTokens(long tokens) {
        if (tokens > 0) {
            outputTokens.add(tokens);
        }
    }

    private static long clamp(long ms) {
        return Math.max(0L, Math.min(MAX_MS, ms));
    }

    /** Everything recorded since the previous snapshot; call from one reader thread. */
    public Snapshot snapshot() {
        return new Snapshot(ttftService.getIntervalHistogram(), ttftFromIntended.getIntervalHistogram(),
                fullService.getIntervalHistogram(), fullFromIntended.getIntervalHistogram(),
                interChunkGap.getIntervalHistogram(), perTokenMicros.getIntervalHistogram(),
                tokensPerSecond.getIntervalHistogram(), scheduleLag.getIntervalHistogram(),
                completions.sumThenReset(), streamed.sumThenReset(), outputTokens.sumThenReset(),
                sameMillisecondGaps.sumThenReset(), excludedSingleEvent.sumThenReset(),
                excludedZeroSpan.sumThenReset(), lateIterations.sumThenReset());
    }

    /**
     * A stable copy of the metrics for reporting. Times in milliseconds except {@code perTokenLatencyMicros}.
     *
     * @param scheduleLagMs         closed model only: how late each iteration started (empty in the open model)
     * @param sameMillisecondGaps   inter-chunk gaps of 0 ms (events stamped in the same millisecond)
     * @param excludedSingleEvent   streams without tokens/s: one content event only
     * @param excludedZeroSpan      streams without tokens/s: every content event in the same millisecond
     * @param lateIterations        closed-model iterations that started more than {@link #LATE_MS} late
     */
    public record Snapshot(Histogram ttftServiceMs, Histogram ttftFromIntendedMs, Histogram fullServiceMs,
                           Histogram fullFromIntendedMs, Histogram interChunkGapMs, Histogram perTokenLatencyMicros,
                           Histogram tokensPerSecond, Histogram scheduleLagMs, long completions, long streamed,
                           long outputTokens, long sameMillisecondGaps, long excludedSingleEvent,
                           long excludedZeroSpan, long lateIterations) {
    }
}
