package io.gridbench.exchange.inference;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Per-key generic cell rate limiting on a hand-driven clock. */
class RateLimiterTest {
    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(50 * SECOND);

    @Test
    void admitsABurstThenRefusesWithTheWaitUntilTheNextSlot() {
        RateLimiter limiter = new RateLimiter(2, 3, now::get);

        assertThat(limiter.acquire("k")).isZero();
        assertThat(limiter.acquire("k")).isZero();
        assertThat(limiter.acquire("k")).isZero();
        assertThat(limiter.acquire("k")).isEqualTo(SECOND / 2);
    }

    @Test
    void admitsAgainAtTheSustainedRate() {
        RateLimiter limiter = new RateLimiter(2, 1, now::get);
        limiter.acquire("k");

        now.addAndGet(SECOND / 2);

        assertThat(limiter.acquire("k")).isZero();
        assertThat(limiter.acquire("k")).isPositive();
    }

    @Test
    void limitsEachKeyOnItsOwn() {
        RateLimiter limiter = new RateLimiter(1, 1, now::get);
        limiter.acquire("a");

        assertThat(limiter.acquire("b")).isZero();
        assertThat(limiter.acquire("a")).isPositive();
    }

    @Test
    void aRateOfZeroAdmitsEverything() {
        RateLimiter limiter = new RateLimiter(0, 1, now::get);

        for (int i = 0; i < 1_000; i++) {
            assertThat(limiter.acquire("k")).isZero();
        }
    }
}
