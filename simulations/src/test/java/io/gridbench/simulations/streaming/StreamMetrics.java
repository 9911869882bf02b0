package io.gridbench.simulations.streaming;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.util.concurrent.atomic.LongAdder;

/**
 * The completion metrics Gatling does not have: time to first token, inter-token latency, full response time and
 * output tokens per second, each an HdrHistogram {@link Recorder}. Gatling's virtual users run on several event-loop
 * threads, so every recorder is the concurrent (wait-free, multi-writer) kind; the single reader takes one snapshot
 * at the end of the run ({@link #snapshot()}).
 *
 * <p>Times are milliseconds (Gatling's clocks are whole milliseconds) counted from each request's
 * <em>intended</em> start ({@link io.gridbench.simulations.load.IntendedStart}), so a stalled client does not hide the
 * wait of the requests it should have sent meanwhile.
 */
public final class StreamMetrics {
    /** One hour: anything longer is a hung request, recorded at this ceiling. */
    static final long MAX_MS = 3_600_000L;
    /** 3 significant digits: 1 ms resolution up to 1 s, 1 % above. */
    private static final int DIGITS = 3;

    private final Recorder timeToFirstToken = new Recorder(MAX_MS, DIGITS);
    private final Recorder interTokenLatency = new Recorder(MAX_MS, DIGITS);
    private final Recorder fullResponse = new Recorder(MAX_MS, DIGITS);
    private final Recorder tokensPerSecond = new Recorder(10_000_000L, DIGITS);
    private final LongAdder completions = new LongAdder();
    private final LongAdder streamed = new LongAdder();
    private final LongAdder outputTokens = new LongAdder();

    /** A non-streamed completion that came back whole {@code fullMs} after its intended start. */
    public void recordCompletion(long fullMs, long tokens) {
        completions.increment();
        fullResponse.recordValue(clamp(fullMs));
        addTokens(tokens);
    }

    /**
     * A streamed completion.
     *
     * @param firstTokenMs      intended start to the first content chunk
     * @param fullMs            intended start to the end of the stream
     * @param tokenGapsMs       gaps between consecutive content chunks (any length, may be empty)
     * @param tokens            output tokens as the server's {@code usage} reports them
     */
    public void recordStream(long firstTokenMs, long fullMs, long[] tokenGapsMs, int gapCount, long tokens) {
        completions.increment();
        streamed.increment();
        timeToFirstToken.recordValue(clamp(firstTokenMs));
        fullResponse.recordValue(clamp(fullMs));
        for (int i = 0; i < gapCount; i++) {
            interTokenLatency.recordValue(clamp(tokenGapsMs[i]));
        }
        long generationMs = fullMs - firstTokenMs;
        if (tokens > 0) {
            // A generation faster than the clock's 1 ms tick counts as 1 ms rather than as infinitely fast.
            tokensPerSecond.recordValue(Math.min(10_000_000L, tokens * 1000L / Math.max(1L, generationMs)));
        }
        addTokens(tokens);
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
        return new Snapshot(timeToFirstToken.getIntervalHistogram(), interTokenLatency.getIntervalHistogram(),
                fullResponse.getIntervalHistogram(), tokensPerSecond.getIntervalHistogram(),
                completions.sum(), streamed.sum(), outputTokens.sum());
    }

    /** A stable copy of the metrics for reporting. */
    public record Snapshot(Histogram timeToFirstTokenMs, Histogram interTokenLatencyMs, Histogram fullResponseMs,
                           Histogram tokensPerSecond, long completions, long streamed, long outputTokens) {
    }
}
