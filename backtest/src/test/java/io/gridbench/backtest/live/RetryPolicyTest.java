package io.gridbench.backtest.live;

import io.gridbench.exchange.client.ApiStatusException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {
    @Test
    void waitsDoubleUpToTheCeiling() {
        RetryPolicy policy = new RetryPolicy(6, 1_000, 8_000);

        assertThat(new long[] {policy.backoffMillis(1), policy.backoffMillis(2), policy.backoffMillis(3),
                policy.backoffMillis(4), policy.backoffMillis(5)}).containsExactly(1_000, 2_000, 4_000, 8_000, 8_000);
    }

    @Test
    void rateLimitsServerErrorsAndTransportFailuresAreTransient() {
        assertThat(RetryPolicy.isTransient(new ApiStatusException("x", 429, ""))).isTrue();
        assertThat(RetryPolicy.isTransient(new ApiStatusException("x", 503, ""))).isTrue();
        assertThat(RetryPolicy.isTransient(new HttpTimeoutException("timed out"))).isTrue();
        assertThat(RetryPolicy.isTransient(new IOException("connection reset"))).isTrue();
    }

    @Test
    void otherClientErrorsAreFinal() {
        assertThat(RetryPolicy.isTransient(new ApiStatusException("x", 402, ""))).isFalse();
        assertThat(RetryPolicy.isTransient(new ApiStatusException("x", 422, ""))).isFalse();
    }
}
