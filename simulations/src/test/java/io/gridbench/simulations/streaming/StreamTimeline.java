package io.gridbench.simulations.streaming;

import java.util.Arrays;

/**
 * One streamed completion as the client saw it, and the metrics derived from it. Pure and immutable (the arrays are
 * copied in and out), so every definition can be tested on recorded samples without a server.
 *
 * <p><b>Two clocks.</b> The intended start, the send, the first token and {@code [DONE]} are stamped by our own
 * steps with the system clock. The content events after the first are stamped by Gatling's SSE client as it receives
 * them, with its own clock (whole milliseconds off {@code System.nanoTime}), which may sit up to a millisecond apart
 * from the system clock. So times from the start use only system-clock stamps, and gaps between events use only
 * Gatling's stamps: the gap from the first token to the second content event is never formed.
 *
 * <p>The server sends one Server-Sent Event per <em>chunk</em> of several tokens, so "inter-token latency" has two
 * definitions:
 * <ul>
 *   <li><b>inter-chunk gap</b>: time between consecutive content events (Gatling's stamps), one value per event.
 *   A gap of 0 ms means both events were stamped in the same millisecond: usually one network read carried both
 *   (the server wrote overdue chunks together after a stall, or the client read late). They are counted
 *   ({@link #sameMillisecondGaps()}) and reported beside the distribution.</li>
 *   <li><b>per-token latency</b>: events stamped in the same millisecond are merged into one <em>arrival</em>; for
 *   each arrival after the first, the gap since the previous arrival divided by the tokens it carried (they were
 *   generated during that gap). No 0 ms artefact can appear.</li>
 * </ul>
 * <b>Tokens per second</b>: tokens of the arrivals after the first, divided by the time from the first to the last
 * of these events. The first arrival's tokens are left out: they were generated before the span began. A stream
 * with fewer than two timed events, or whose timed events all share one millisecond, has no span: it is excluded
 * and counted ({@link #tokensPerSecondExclusion()}).
 *
 * <p><b>Tokens per event</b> come from the server's documented estimate of the delta text (four characters a token,
 * {@code io.gridbench.exchange.inference.TokenEstimate}); when the server reports {@code usage}, every estimate is
 * scaled by {@code usage / sum of estimates} so the stream's total matches what was billed.
 *
 * @param intendedStartMs  when the request was meant to start ({@link io.gridbench.simulations.load.IntendedStart})
 * @param sentAtMs         when the completion's first request was handed to Gatling to send
 * @param firstTokenAtMs   when the first content event arrived
 * @param firstTokenTokens tokens in the first content event
 * @param contentAtMs      Gatling's stamp of every later content event, in order
 * @param contentTokens    tokens in each later content event
 * @param doneAtMs         when {@code [DONE]} arrived
 * @param usageTokens      the server's {@code usage.completion_tokens}, or -1 when it sent none
 */
public record StreamTimeline(long intendedStartMs, long sentAtMs, long firstTokenAtMs, int firstTokenTokens,
                             long[] contentAtMs, int[] contentTokens, long doneAtMs, long usageTokens) {

    public StreamTimeline {
        if (contentAtMs.length != contentTokens.length) {
            throw new IllegalArgumentException("contentTokens: one count per content event, got "
                    + contentTokens.length + " for " + contentAtMs.length + " events");
        }
        contentAtMs = contentAtMs.clone();
        contentTokens = contentTokens.clone();
    }

    /** Why a stream has no tokens/s value. */
    public enum Exclusion {
        /** Included. */
        NONE,
        /** Fewer than two content events after the first token: no span to divide by. */
        SINGLE_EVENT,
        /** Every timed event in the same millisecond: the span is below the clock's resolution. */
        ZERO_SPAN
    }

    @Override
    public long[] contentAtMs() {
        return contentAtMs.clone();
    }

    @Override
    public int[] contentTokens() {
        return contentTokens.clone();
    }

    public long ttftServiceMs() {
        return firstTokenAtMs - sentAtMs;
    }

    public long ttftFromIntendedMs() {
        return firstTokenAtMs - intendedStartMs;
    }

    public long fullServiceMs() {
        return doneAtMs - sentAtMs;
    }

    public long fullFromIntendedMs() {
        return doneAtMs - intendedStartMs;
    }

    /** Gaps this stream contributes: one per Gatling-stamped content event after the first of them. */
    public int gapCount() {
        return Math.max(0, contentAtMs.length - 1);
    }

    /** The gap before later content event {@code i + 1}, never negative. */
    public long gapMs(int i) {
        return Math.max(0, contentAtMs[i + 1] - contentAtMs[i]);
    }

    /** Gaps of 0 ms: events stamped in the same millisecond as the one before them. */
    public int sameMillisecondGaps() {
        int same = 0;
        for (int i = 0; i < gapCount(); i++) {
            if (gapMs(i) == 0) {
                same++;
            }
        }
        return same;
    }

    /** Output tokens: the usage when the server sent it, else the sum of the per-event estimates. */
    public long tokens() {
        return usageTokens >= 0 ? usageTokens : estimatedTokens();
    }

    /**
     * Per-token latency of every arrival after the first, in microseconds (whole-ms gaps divided by a few tokens
     * need the finer unit). Writes into {@code out}, which must hold {@link #gapCount()} values.
     *
     * @return how many values were written
     */
    public int perTokenLatencyMicros(long[] out) {
        double scale = tokenScale();
        int written = 0;
        int i = firstArrivalEnd();
        while (i < contentAtMs.length) {
            long at = contentAtMs[i];
            long gap = Math.max(0, at - contentAtMs[i - 1]);
            long tokens = 0;
            while (i < contentAtMs.length && contentAtMs[i] == at) {
                tokens += contentTokens[i++];
            }
            out[written++] = Math.round(gap * 1000.0 / Math.max(1e-9, tokens * scale));
        }
        return written;
    }

    public Exclusion tokensPerSecondExclusion() {
        if (contentAtMs.length < 2) {
            return Exclusion.SINGLE_EVENT;
        }
        return spanMs() < 1 ? Exclusion.ZERO_SPAN : Exclusion.NONE;
    }

    /** Tokens per second of generation, or NaN when {@link #tokensPerSecondExclusion()} is not {@code NONE}. */
    public double tokensPerSecond() {
        if (tokensPerSecondExclusion() != Exclusion.NONE) {
            return Double.NaN;
        }
        long tokens = 0;
        for (int i = firstArrivalEnd(); i < contentAtMs.length; i++) {
            tokens += contentTokens[i];
        }
        return tokens * tokenScale() * 1000.0 / spanMs();
    }

    private long estimatedTokens() {
        long sum = firstTokenTokens;
        for (int t : contentTokens) {
            sum += t;
        }
        return sum;
    }

    /** Corrects the per-event estimates to the billed total when the server reported one. */
    private double tokenScale() {
        long estimated = estimatedTokens();
        return usageTokens > 0 && estimated > 0 ? (double) usageTokens / estimated : 1.0;
    }

    private long spanMs() {
        return contentAtMs[contentAtMs.length - 1] - contentAtMs[0];
    }

    /** Index just past the events stamped in the first timed event's millisecond. */
    private int firstArrivalEnd() {
        int i = 1;
        while (i < contentAtMs.length && contentAtMs[i] == contentAtMs[0]) {
            i++;
        }
        return i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StreamTimeline t && intendedStartMs == t.intendedStartMs && sentAtMs == t.sentAtMs
                && firstTokenAtMs == t.firstTokenAtMs && firstTokenTokens == t.firstTokenTokens
                && doneAtMs == t.doneAtMs && usageTokens == t.usageTokens
                && Arrays.equals(contentAtMs, t.contentAtMs) && Arrays.equals(contentTokens, t.contentTokens);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(contentAtMs) + Arrays.hashCode(contentTokens) + Long.hashCode(firstTokenAtMs);
    }

    @Override
    public String toString() {
        return "StreamTimeline[intended " + intendedStartMs + ", sent " + sentAtMs + ", first token " + firstTokenAtMs
                + ", content " + Arrays.toString(contentAtMs) + ", tokens " + Arrays.toString(contentTokens)
                + ", done " + doneAtMs + ", usage " + usageTokens + "]";
    }
}
