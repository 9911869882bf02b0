package io.gridbench.exchange.venue;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VenueCoreTest {
    private final VenueFixture f = new VenueFixture();

    @Test
    void threadCoreRunsTasksInSubmissionOrderOnItsOwnThread() throws Exception {
        try (ThreadVenueCore core = new ThreadVenueCore(f.venue, "test-core")) {
            CompletableFuture<String> thread = core.submit(v -> Thread.currentThread().getName());
            core.submit(v -> {
                v.openAccount("acct_a", 500, false);
                return null;
            });
            CompletableFuture<CashView> cash = core.submit(v -> v.cash("acct_a"));

            assertThat(thread.get(30, TimeUnit.SECONDS)).isEqualTo("test-core");
            assertThat(cash.get(30, TimeUnit.SECONDS).availableCents()).isEqualTo(500);
        }
    }

    @Test
    void venueExceptionFailsTheFuture() {
        try (ThreadVenueCore core = new ThreadVenueCore(f.venue)) {
            CompletableFuture<CashView> future = core.submit(v -> v.cash("acct_missing"));

            assertThatThrownBy(() -> future.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOfSatisfying(VenueException.class, e -> assertThat(e.status()).isEqualTo(404));
        }
    }

    @Test
    void closeRunsQueuedTasksThenRefusesNewOnes() {
        ThreadVenueCore core = new ThreadVenueCore(f.venue);
        List<CompletableFuture<Integer>> queued = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int n = i;
            queued.add(core.submit(v -> n));
        }

        core.close();

        assertThat(queued).allMatch(future -> future.isDone() && !future.isCompletedExceptionally());
        assertThat(core.submit(v -> 1)).isCompletedExceptionally();
    }

    @Test
    void inlineCoreRunsTheTaskBeforeSubmitReturns() {
        InlineVenueCore core = new InlineVenueCore(f.venue);

        CompletableFuture<String> thread = core.submit(v -> Thread.currentThread().getName());

        assertThat(thread).isCompletedWithValue(Thread.currentThread().getName());
        assertThat(core.submit(v -> v.market("market_x"))).isCompletedExceptionally();
    }
}
