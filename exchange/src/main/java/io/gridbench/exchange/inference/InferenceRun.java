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
    private final RoutingContext ctx;
    private final Context context;
    private final Vertx vertx;
    private final CompletionFormat format;
    private final CallInfo call;
    private final Completion completion;
    private final PacingPlan plan;
    private final Metering metering;
    private final Metering.Hold hold;

    private long startNanos;
    private int nextChunk;
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
            long dueNanos = startNanos + plan.dueMillis()[nextChunk] * 1_000_000L;
            long waitMillis = (dueNanos - System.nanoTime() + 999_999) / 1_000_000L;
            if (waitMillis > 0) {
                timerId = vertx.setTimer(waitMillis, id -> pump());
                return;
            }
            int end = plan.chunkEnds()[nextChunk];
            ctx.response().write(format.streamDelta(call, completion.text(sentTokens, end)));
            nextChunk++;
            sentTokens = end;
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
