package io.gridbench.exchange.venue;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A {@link VenueCore} without a thread: each task runs at once on the submitting thread and the returned future is
 * already complete. For simulated-time runs (backtests, data generation) where one thread drives both the clock and
 * the venue; submissions are serialized by a lock so that a stray second thread cannot corrupt the venue.
 */
public final class InlineVenueCore implements VenueCore {
    private final Venue venue;

    public InlineVenueCore(Venue venue) {
        this.venue = venue;
    }

    @Override
    public synchronized <T> CompletableFuture<T> submit(Function<Venue, T> task) {
        try {
            return CompletableFuture.completedFuture(task.apply(venue));
        } catch (Throwable t) {
            return CompletableFuture.failedFuture(t);
        }
    }

    @Override
    public void close() {
        // Nothing runs in the background, so there is nothing to stop.
    }
}
