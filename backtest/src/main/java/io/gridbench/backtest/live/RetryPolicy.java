package io.gridbench.backtest.live;

import io.gridbench.exchange.client.ApiStatusException;

import java.io.IOException;

/**
 * When and how long to wait before trying a request again: transient failures (429, 5xx, timeouts and other
 * transport errors) are retried with exponential backoff up to {@code maxAttempts}; any other 4xx is final, since
 * the same request would be refused again. Immutable.
 *
 * @param maxAttempts    tries in all, at least 1
 * @param firstBackoffMillis wait before the second try; doubled for each further one
 * @param maxBackoffMillis   ceiling of any one wait
 */
public record RetryPolicy(int maxAttempts, long firstBackoffMillis, long maxBackoffMillis) {
    /** Five tries over about 15 s: rides out a restart of a server or a short rate limit. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, 1_000, 8_000);

    public RetryPolicy {
        if (maxAttempts < 1 || firstBackoffMillis < 0 || maxBackoffMillis < firstBackoffMillis) {
            throw new IllegalArgumentException("maxAttempts >= 1 and 0 <= firstBackoff <= maxBackoff");
        }
    }

    /** Whether {@code failure} is worth another try. */
    public static boolean isTransient(IOException failure) {
        return failure instanceof ApiStatusException status ? status.isTransient() : true;
    }

    /** The wait before try number {@code attempt + 1} (attempt counts from 1). */
    public long backoffMillis(int attempt) {
        long wait = firstBackoffMillis;
        for (int i = 1; i < attempt && wait < maxBackoffMillis; i++) {
            wait *= 2;
        }
        return Math.min(wait, maxBackoffMillis);
    }
}
