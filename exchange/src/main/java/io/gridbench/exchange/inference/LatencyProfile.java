package io.gridbench.exchange.inference;

/**
 * How fast an instrument answers: the delay before the first token, the steady generation rate and a jitter
 * fraction applied to both (0.1 means each delay is scaled by a factor drawn uniformly from [0.9, 1.1]).
 *
 * @param ttftMillis      time to first token in milliseconds, at least 0
 * @param tokensPerSecond steady generation rate after the first token, greater than 0
 * @param jitter          relative spread of every delay, in [0, 1)
 */
public record LatencyProfile(long ttftMillis, double tokensPerSecond, double jitter) {

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
    }
}
