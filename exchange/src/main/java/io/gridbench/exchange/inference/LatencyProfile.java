package io.gridbench.exchange.inference;

/**
 * How fast an instrument answers and how long it may answer: the delay before the first token, the steady generation
 * rate, a jitter fraction applied to both (0.1 means each delay is scaled by a factor drawn uniformly from
 * [0.9, 1.1]) and the largest completion budget a request may ask for.
 *
 * @param ttftMillis      time to first token in milliseconds, at least 0
 * @param tokensPerSecond steady generation rate after the first token, greater than 0
 * @param jitter          relative spread of every delay, in [0, 1)
 * @param maxTokens       the largest {@code max_tokens} a request may ask for (as real providers cap their
 *                        models' output); more is refused with 422 naming the limit, before anything is held
 */
public record LatencyProfile(long ttftMillis, double tokensPerSecond, double jitter, int maxTokens) {
    /** The output cap of a profile that names none. */
    public static final int DEFAULT_MAX_TOKENS = 16_384;

    public LatencyProfile {
        if (ttftMillis < 0) {
            throw new IllegalArgumentException("ttft_ms must be >= 0, was " + ttftMillis);
        }
        if (!(tokensPerSecond > 0) || Double.isInfinite(tokensPerSecond)) {
            throw new IllegalArgumentException("tokens_per_second must be > 0, was " + tokensPerSecond);
        }
        if (!(jitter >= 0 && jitter < 1)) {
            throw new IllegalArgumentException("jitter must be in [0, 1), was " + jitter);
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("max_tokens must be >= 1, was " + maxTokens);
        }
    }

    /** A profile with the default output cap of {@value #DEFAULT_MAX_TOKENS} tokens. */
    public LatencyProfile(long ttftMillis, double tokensPerSecond, double jitter) {
        this(ttftMillis, tokensPerSecond, jitter, DEFAULT_MAX_TOKENS);
    }
}
