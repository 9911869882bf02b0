package io.gridbench.exchange.inference;

import java.util.SplittableRandom;

/**
 * When each streamed chunk of a completion is due, as offsets from the moment generation starts. The schedule is
 * drawn chunk by chunk from a seed rather than stored, so a held stream costs a few words however many chunks it has
 * (a 16,384-token answer in two-token chunks would otherwise hold 98 KB of due times for its whole life), and it can
 * be tested without a clock. Walk it with a {@link Cursor}; the same plan walked again gives the same times.
 *
 * <p>Chunk {@code i} ends at token {@link #chunkEnd(int)} (exclusive). The first chunk is due after the time to first
 * token; each later one after its tokens' share of generation time, {@code tokens * 1000 / tokensPerSecond}. Every
 * delay is scaled by a jitter factor drawn uniformly from {@code [1 - jitter, 1 + jitter]}. A chunk holds
 * {@code max(1, round(tokensPerSecond * chunkIntervalMillis / 1000))} tokens, so a 100 tokens/s profile with a 50 ms
 * interval streams 5 tokens every 50 ms. Immutable.
 */
public final class PacingPlan {
    private final LatencyProfile profile;
    private final int tokens;
    private final int chunkTokens;
    private final long seed;

    private PacingPlan(LatencyProfile profile, int tokens, int chunkTokens, long seed) {
        this.profile = profile;
        this.tokens = tokens;
        this.chunkTokens = chunkTokens;
        this.seed = seed;
    }

    /** Tokens per chunk for a profile: at least one, about {@code chunkIntervalMillis} of generation each. */
    public static int chunkTokens(LatencyProfile profile, long chunkIntervalMillis) {
        return (int) Math.max(1, Math.round(profile.tokensPerSecond() * chunkIntervalMillis / 1000.0));
    }

    /** Paces {@code tokens} tokens by {@code profile}, drawing jitter from a generator seeded with {@code seed}. */
    public static PacingPlan paced(LatencyProfile profile, int tokens, long chunkIntervalMillis, long seed) {
        return new PacingPlan(profile, tokens, chunkTokens(profile, chunkIntervalMillis), seed);
    }

    /** No artificial delay: every chunk is due at once (the {@code fast} mode). */
    public static PacingPlan instant(int tokens, int chunkTokens) {
        return new PacingPlan(null, tokens, chunkTokens, 0);
    }

    public int chunks() {
        return (tokens + chunkTokens - 1) / chunkTokens;
    }

    /** The token at which chunk {@code i} ends (exclusive). */
    public int chunkEnd(int i) {
        return Math.min(tokens, (i + 1) * chunkTokens);
    }

    /** A walk of the schedule from its first chunk. */
    public Cursor cursor() {
        return new Cursor();
    }

    /** The offset at which the last chunk is due: how long a non-streaming answer takes. */
    public long totalMillis() {
        Cursor cursor = cursor();
        long due = 0;
        for (int i = 0; i < chunks(); i++) {
            due = cursor.nextDueMillis();
        }
        return due;
    }

    /** The whole schedule as an array (for inspection; a stream walks a {@link Cursor} instead). */
    public long[] dueMillis() {
        Cursor cursor = cursor();
        long[] due = new long[chunks()];
        for (int i = 0; i < due.length; i++) {
            due[i] = cursor.nextDueMillis();
        }
        return due;
    }

    /** Every chunk's end as an array (for inspection). */
    public int[] chunkEnds() {
        int[] ends = new int[chunks()];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = chunkEnd(i);
        }
        return ends;
    }

    /** Walks the schedule chunk by chunk. Not thread-safe: one stream reads it on its event loop. */
    public final class Cursor {
        private final SplittableRandom random = profile == null ? null : new SplittableRandom(seed);
        private int next;
        private double at;

        private Cursor() {
        }

        /** The due offset of the next chunk; call once per chunk, in order. */
        public long nextDueMillis() {
            if (next >= chunks()) {
                throw new IllegalStateException("the schedule has only " + chunks() + " chunks");
            }
            int i = next++;
            if (random == null) {
                return 0;
            }
            if (i == 0) {
                at = profile.ttftMillis() * jitterFactor();
            } else {
                at += (chunkEnd(i) - chunkEnd(i - 1)) * 1000.0 / profile.tokensPerSecond() * jitterFactor();
            }
            return Math.round(at);
        }

        private double jitterFactor() {
            return 1 + profile.jitter() * (2 * random.nextDouble() - 1);
        }
    }
}
