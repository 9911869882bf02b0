package io.gridbench.exchange.venue;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A {@link VenueCore} without a thread of its own: the submitting threads take turns at being the core thread. A
 * thread that finds the venue idle runs its task at once, then every task queued meanwhile, in arrival order; a
 * thread that finds it busy queues its task and returns without waiting, so an HTTP event loop never blocks here.
 * One thread at a time runs tasks and each turn is handed over under a lock, so every task sees the writes of the
 * ones before it as on a single thread.
 *
 * <p>Why not a dedicated thread ({@link ThreadVenueCore}): a venue task takes microseconds, while handing it to an
 * idle thread and the answer back costs two thread wake-ups (a futex on the way in, an eventfd on the way out to
 * the event loop) whose kernel time was a fifth of the server's CPU per signed request on a 2-core machine.
 *
 * <p>A future completes on the thread that ran its task: the submitter's own when the venue was idle, else the one
 * whose turn it was. Callers hop back to their own context, as with any core. {@link #close()} waits for the turn
 * in progress to finish the queue (unless called from a task); tasks submitted after it fail with
 * {@link IllegalStateException}.
 */
public final class CallerRunsVenueCore implements VenueCore {
    private final Venue venue;
    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    private Thread runner;
    private boolean closed;

    public CallerRunsVenueCore(Venue venue) {
        this.venue = venue;
    }

    @Override
    public <T> CompletableFuture<T> submit(Function<Venue, T> task) {
        CompletableFuture<T> future = new CompletableFuture<>();
        synchronized (this) {
            if (closed) {
                future.completeExceptionally(new IllegalStateException("venue core is closed"));
                return future;
            }
            queue.add(VenueCore.completing(venue, task, future));
            if (runner != null) {
                return future;
            }
            runner = Thread.currentThread();
        }
        runQueue();
        return future;
    }

    /** This thread's turn: runs tasks until the queue is empty, then lets the next submitter take over. */
    private void runQueue() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = queue.poll();
                if (next == null) {
                    runner = null;
                    notifyAll();
                    return;
                }
            }
            next.run();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            while (runner != null && runner != Thread.currentThread()) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
