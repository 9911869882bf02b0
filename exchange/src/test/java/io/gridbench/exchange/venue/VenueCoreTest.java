package io.gridbench.exchange.venue;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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

    @Test
    void callerRunsCoreRunsTheTaskOnTheSubmittingThreadWhenIdle() {
        CallerRunsVenueCore core = new CallerRunsVenueCore(f.venue);

        CompletableFuture<String> thread = core.submit(v -> Thread.currentThread().getName());

        assertThat(thread).isCompletedWithValue(Thread.currentThread().getName());
        assertThat(core.submit(v -> v.market("market_x"))).isCompletedExceptionally();
    }

    @Test
    void callerRunsCoreQueuesATaskSubmittedDuringAnotherThreadsTurnAndReturnsAtOnce() throws Exception {
        CallerRunsVenueCore core = new CallerRunsVenueCore(f.venue);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread other = new Thread(() -> core.submit(v -> {
            started.countDown();
            awaitQuietly(release);
            return null;
        }), "other-submitter");
        other.start();
        started.await(30, TimeUnit.SECONDS);

        CompletableFuture<String> queued = core.submit(v -> Thread.currentThread().getName());

        assertThat(queued).isNotDone();
        release.countDown();
        assertThat(queued.get(30, TimeUnit.SECONDS)).isEqualTo("other-submitter");
        other.join();
    }

    @Test
    void callerRunsCoreRunsATaskSubmittedFromATaskAfterIt() {
        CallerRunsVenueCore core = new CallerRunsVenueCore(f.venue);
        List<String> order = new ArrayList<>();

        core.submit(v -> {
            core.submit(inner -> order.add("inner"));
            return order.add("outer");
        });

        assertThat(order).containsExactly("outer", "inner");
    }

    @Test
    void callerRunsCoreNeverRunsTwoTasksAtOnceAndLosesNone() throws Exception {
        CallerRunsVenueCore core = new CallerRunsVenueCore(f.venue);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        int[] counter = new int[1];
        List<Thread> submitters = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            submitters.add(new Thread(() -> {
                for (int i = 0; i < 20_000; i++) {
                    core.submit(v -> {
                        if (running.incrementAndGet() != 1) {
                            overlaps.incrementAndGet();
                        }
                        counter[0]++;
                        running.decrementAndGet();
                        return null;
                    });
                }
            }));
        }
        submitters.forEach(Thread::start);
        for (Thread t : submitters) {
            t.join();
        }
        core.close();

        assertThat(overlaps).hasValue(0);
        assertThat(counter[0]).isEqualTo(80_000);
    }

    @Test
    void callerRunsCoreCloseWaitsForTheTurnInProgressThenRefusesNewTasks() throws Exception {
        CallerRunsVenueCore core = new CallerRunsVenueCore(f.venue);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread other = new Thread(() -> core.submit(v -> {
            started.countDown();
            awaitQuietly(release);
            return null;
        }));
        other.start();
        started.await(30, TimeUnit.SECONDS);
        CompletableFuture<Integer> queued = core.submit(v -> 1);
        Thread closer = new Thread(core::close);
        closer.start();
        while (closer.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }

        assertThat(queued).isNotDone();
        release.countDown();
        closer.join(30_000);

        assertThat(closer.isAlive()).isFalse();
        assertThat(queued).isCompletedWithValue(1);
        assertThat(core.submit(v -> 2)).isCompletedExceptionally();
        other.join();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
