package io.gridbench.exchange.venue;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The single owner of a {@link Venue}: every read and write of the book, the accounts and the market data is a task
 * on its queue, run one at a time in arrival order, so nothing in the engine needs a lock (the LMAX style). "The
 * core thread" is whichever thread runs the tasks: a dedicated one ({@link ThreadVenueCore}), the submitters by
 * turns ({@link CallerRunsVenueCore}, the server's) or the caller ({@link InlineVenueCore}, simulated time).
 * Callers on any thread submit and get a future; the future completes on the core thread, so callers hop back to
 * their own context.
 */
public interface VenueCore extends AutoCloseable {

    /** Runs {@code task} on the core thread; a {@link VenueException} it throws fails the future. */
    <T> CompletableFuture<T> submit(Function<Venue, T> task);

    /** The queued form of a submitted task: runs it on {@code venue} and completes {@code future} either way. */
    static <T> Runnable completing(Venue venue, Function<Venue, T> task, CompletableFuture<T> future) {
        return () -> {
            try {
                future.complete(task.apply(venue));
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        };
    }

    /** Stops the core after the queued tasks ran. */
    @Override
    void close();
}
