package io.gridbench.exchange.inference;

import io.gridbench.exchange.venue.Venue;
import io.gridbench.exchange.venue.VenueCore;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** Test {@link VenueCore}: one daemon thread owns the venue and runs submitted tasks in order. */
final class ExecutorVenueCore implements VenueCore {
    private final Venue venue;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-venue-core");
        t.setDaemon(true);
        return t;
    });

    ExecutorVenueCore(Venue venue) {
        this.venue = venue;
    }

    @Override
    public <T> CompletableFuture<T> submit(Function<Venue, T> task) {
        return CompletableFuture.supplyAsync(() -> task.apply(venue), thread);
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
