package io.gridbench.exchange.inference;

import java.util.SplittableRandom;

/**
 * When each streamed chunk of a completion is due, as offsets from the moment generation starts. Pure data computed
 * up front, so a stream needs only one pending timer at a time and the schedule can be tested without a clock.
 *
 * <p>Chunk {@code i} ends at token {@code chunkEnds[i]} (exclusive) and is due at {@code dueMillis[i]}. The first
 * chunk is due after the time to first token; each later one after its tokens' share of generation time,
 * {@code tokens * 1000 / tokensPerSecond}. Every delay is scaled by a jitter factor drawn uniformly from
 * {@code [1 - jitter, 1 + jitter]}. A chunk holds {@code max(1, round(tokensPerSecond * chunkIntervalMillis / 1000))}
 * tokens, so a 100 tokens/s profile with a 50 ms interval streams 5 tokens every 50 ms.
 */
public record PacingPlan(int[] chunkEnds, long[] dueMillis) {

    /** The offset at which the last chunk is due: how long a non-streaming answer takes. */
    public long totalMillis() {
        return dueMillis.length == 0 ? 0 : dueMillis[dueMillis.length - 1];
    }

    public int chunks() {
        return chunkEnds.length;
    }

    /** Tokens per chunk for a profile: at least one, about {@code chunkIntervalMillis} of generation each. */
    public static int chunkTokens(LatencyProfile profile, long chunkIntervalMillis) {
        return (int) Math.max(1, Math.round(profile.tokensPerSecond() * chunkIntervalMillis / 1000.0));
    }

    /** Paces {@code tokens} tokens by {@code profile}, drawing jitter from {@code random}. */
    public static PacingPlan paced(LatencyProfile profile, int tokens, long chunkIntervalMillis,
                                   SplittableRandom random) {
        int chunkTokens = chunkTokens(profile, chunkIntervalMillis);
        int[] ends = chunkEnds(tokens, chunkTokens);
        long[] due = new long[ends.length];
        double at = profile.ttftMillis() * jitterFactor(profile, random);
        int start = 0;
        for (int i = 0; i < ends.length; i++) {
            if (i > 0) {
                at += (ends[i] - start) * 1000.0 / profile.tokensPerSecond() * jitterFactor(profile, random);
            }
            due[i] = Math.round(at);
            start = ends[i];
        }
        return new PacingPlan(ends, due);
    }

    /** No artificial delay: every chunk is due at once (the {@code fast} mode). */
    public static PacingPlan instant(int tokens, int chunkTokens) {
        int[] ends = chunkEnds(tokens, chunkTokens);
        return new PacingPlan(ends, new long[ends.length]);
    }

    private static int[] chunkEnds(int tokens, int chunkTokens) {
        int chunks = (tokens + chunkTokens - 1) / chunkTokens;
        int[] ends = new int[chunks];
        for (int i = 0; i < chunks; i++) {
            ends[i] = Math.min(tokens, (i + 1) * chunkTokens);
        }
        return ends;
    }

    private static double jitterFactor(LatencyProfile profile, SplittableRandom random) {
        return 1 + profile.jitter() * (2 * random.nextDouble() - 1);
    }
}
