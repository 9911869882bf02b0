package io.gridbench.exchange.venue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * A {@link VenueCore} with one daemon thread that owns the venue and runs submitted tasks in arrival order. Any
 * thread may submit; each future completes on the core thread. {@link #close()} lets the queued tasks run, then
 * stops the thread; tasks submitted after close fail with {@link IllegalStateException}.
 */
public final class ThreadVenueCore implements VenueCore {
    private static final Runnable STOP = () -> { };

    private final Venue venue;
    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final Object submitLock = new Object();
    private boolean closed;

    /** Starts the core thread, named {@code venue-core}. */
    public ThreadVenueCore(Venue venue) {
        this(venue, "venue-core");
    }

    public ThreadVenueCore(Venue venue, String threadName) {
        this.venue = venue;
        this.thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public <T> CompletableFuture<T> submit(Function<Venue, T> task) {
        CompletableFuture<T> future = new CompletableFuture<>();
        synchronized (submitLock) {
            if (closed) {
                future.completeExceptionally(new IllegalStateException("venue core is closed"));
                return future;
            }
            queue.add(VenueCore.completing(venue, task, future));
        }
        return future;
    }

    private void run() {
        try {
            for (Runnable task = queue.take(); task != STOP; task = queue.take()) {
                task.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Runnable> leftover = new ArrayList<>();
        queue.drainTo(leftover);
        // Only reachable after an interrupt: run what was accepted so that no future is left hanging.
        for (Runnable task : leftover) {
            if (task != STOP) {
                task.run();
            }
        }
    }

    @Override
    public void close() {
        synchronized (submitLock) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(STOP);
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
