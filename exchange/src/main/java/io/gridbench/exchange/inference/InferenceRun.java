package io.gridbench.exchange.inference;

import io.gridbench.exchange.http.ConsumptionErrors;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

import java.util.concurrent.CompletableFuture;

/**
 * One admitted, held inference call being answered: waits out the {@link PacingPlan} with Vert.x timers (never
 * blocking the event loop, at most one pending timer per call), writes the answer, and settles the hold exactly
 * once. Owned by the event-loop context that received the request; every method runs there.
 *
 * <p>A call that completes settles prompt plus completion tokens before the last bytes go out, so a client that
 * has read the whole answer sees its balance already debited. A client that closes the connection early is charged
 * the prompt plus the completion tokens already written.
 */
final class InferenceRun {
    /** Streamed chunks are sent on ticks of this length, so streams share the event loop's wake-ups. */
    static final long TICK_NANOS = 5_000_000L;

    private final RoutingContext ctx;
    private final Context context;
    private final Vertx vertx;
    private final CompletionFormat format;
    private final CallInfo call;
    private final Completion completion;
    private final PacingPlan plan;
    private final PacingPlan.Cursor schedule;
    private final Metering metering;
    private final Metering.Hold hold;

    private long startNanos;
    private int nextChunk;
    private long nextDueNanos;
    private int sentTokens;
    private long timerId = -1;
    private boolean settled;

    InferenceRun(RoutingContext ctx, Context context, CompletionFormat format, CallInfo call, Completion completion,
                 PacingPlan plan, Metering metering, Metering.Hold hold) {
        this.ctx = ctx;
        this.context = context;
        this.vertx = ctx.vertx();
        this.format = format;
        this.call = call;
        this.completion = completion;
        this.plan = plan;
        this.schedule = plan.cursor();
        this.metering = metering;
        this.hold = hold;
    }

    /** Answers with one JSON body after the plan's whole duration. */
    void respondWhole() {
        HttpServerResponse response = ctx.response();
        response.closeHandler(v -> cutOff());
        after(plan.totalMillis(), () -> {
            Buffer body;
            try {
                body = format.complete(call, completion);
            } catch (RuntimeException e) {
                fail(e);
                return;
            }
            settle(completion.tokens()).whenComplete((ok, err) -> context.runOnContext(v -> {
                if (err != null) {
                    ConsumptionErrors.write(ctx, err);
                } else if (!response.closed()) {
                    response.putHeader("content-type", "application/json").end(body);
                }
            }));
        });
    }

    /** Answers as server-sent events, one chunk per plan entry. */
    void respondStream() {
        HttpServerResponse response = ctx.response();
        response.closeHandler(v -> cutOff());
        Buffer start = format.streamStart(call);
        response.setChunked(true)
                .putHeader("content-type", "text/event-stream")
                .putHeader("cache-control", "no-cache")
                .putHeader("x-accel-buffering", "no");
        response.write(start);
        startNanos = System.nanoTime();
        if (plan.chunks() > 0) {
            nextDueNanos = startNanos + schedule.nextDueMillis() * 1_000_000L;
        }
        pump();
    }

    /** Writes the chunks that are due, then waits for the next one; a failure while answering releases the hold. */
    private void pump() {
        timerId = -1;
        try {
            writeDueChunks();
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private void writeDueChunks() {
        while (!settled && nextChunk < plan.chunks()) {
            long now = System.nanoTime();
            if (nextDueNanos > now) {
                timerId = vertx.setTimer(waitMillis(now, nextDueNanos, TICK_NANOS), id -> pump());
                return;
            }
            int end = plan.chunkEnd(nextChunk);
            ctx.response().write(format.streamDelta(call, completion.text(sentTokens, end)));
            nextChunk++;
            sentTokens = end;
            if (nextChunk < plan.chunks()) {
                nextDueNanos = startNanos + schedule.nextDueMillis() * 1_000_000L;
            }
        }
        if (!settled) {
            Buffer last = format.streamEnd(call, completion);
            settle(completion.tokens()).whenComplete((ok, err) -> context.runOnContext(v -> {
                HttpServerResponse response = ctx.response();
                if (!response.closed()) {
                    response.end(last);
                }
            }));
        }
    }

    /**
     * Milliseconds to wait at {@code nowNanos} for a chunk due at {@code dueNanos}: to the first tick boundary (a
     * multiple of {@code tickNanos} on the {@link System#nanoTime} clock) at or after the chunk is due, never before.
     * Streams whose chunks fall due within one tick so wake the event loop about once between them, not once each:
     * with one timer per chunk at its own millisecond, 1,000 held streams at 50 ms chunks woke each event loop some
     * 10,000 times a second, and the wake-ups, not the writing, were most of the server's CPU time
     * (HeldStreamsBenchmark). A chunk goes out up to one tick (plus the timer's millisecond) late.
     */
    static long waitMillis(long nowNanos, long dueNanos, long tickNanos) {
        long boundary = Math.floorDiv(dueNanos + tickNanos - 1, tickNanos) * tickNanos;
        return Math.max(1, (boundary - nowNanos + 999_999) / 1_000_000L);
    }

    private void after(long millis, Runnable action) {
        if (millis <= 0) {
            action.run();
        } else {
            timerId = vertx.setTimer(millis, id -> {
                timerId = -1;
                action.run();
            });
        }
    }

    /**
     * Answering failed on our side: release the hold, charging nothing if no text was sent (prompt and text sent
     * otherwise, as for a cut-off stream), and tell the client if nothing was sent yet (otherwise the connection is
     * reset, since a half-sent answer cannot become an error).
     */
    void fail(Throwable failure) {
        if (sentTokens == 0 && !settled) {
            cancelTimer();
            settled = true;
            metering.settle(hold, 0, 0);
        } else {
            cutOff();
        }
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            response.reset();
        } else {
            ConsumptionErrors.write(ctx, failure);
        }
    }

    /** The client went away before the end: charge what it was sent, nothing more. */
    private void cutOff() {
        if (settled) {
            return;
        }
        cancelTimer();
        settle(sentTokens);
    }

    private void cancelTimer() {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
            timerId = -1;
        }
    }

    private CompletableFuture<Void> settle(int completionTokens) {
        settled = true;
        return metering.settle(hold, call.promptTokens(), completionTokens);
    }
}
