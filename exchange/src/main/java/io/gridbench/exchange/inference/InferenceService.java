package io.gridbench.exchange.inference;

import io.gridbench.exchange.http.ConsumptionErrors;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves a validated inference request on either surface: holds prompt plus budget, generates the deterministic
 * answer, paces it by the instrument's latency profile and hands it to an {@link InferenceRun}. Thread-safe; called
 * on event-loop threads and never blocks them (the hold is a core task whose result hops back to the caller's
 * context).
 */
public final class InferenceService {
    private final Metering metering;
    private final InferenceSettings settings;
    private final AtomicLong sequence = new AtomicLong();

    public InferenceService(Metering metering, InferenceSettings settings) {
        this.metering = metering;
        this.settings = settings;
    }

    /**
     * Holds, generates and answers. The hold is released on every path: when the client has gone before the hold
     * came back, and when starting the answer fails (the client gets a 500 in the error shape); once an
     * {@link InferenceRun} owns the hold it settles it on completion or disconnect.
     */
    public void serve(RoutingContext ctx, Admission.Caller caller, InferenceRequest request, CompletionFormat format) {
        long promptTokens = TokenEstimate.prompt(request.messages());
        Context context = ctx.vertx().getOrCreateContext();
        metering.hold(caller.accountId(), request.model(),
                        instrument -> promptTokens + request.budgetUnder(settings.profileFor(instrument).maxTokens()))
                .whenComplete((hold, err) -> context.runOnContext(v -> {
                    if (err != null) {
                        ConsumptionErrors.write(ctx, err);
                    } else if (ctx.response().closed()) {
                        metering.settle(hold, 0, 0);
                    } else {
                        startOrRelease(ctx, context, request, format, hold, promptTokens);
                    }
                }));
    }

    private void startOrRelease(RoutingContext ctx, Context context, InferenceRequest request, CompletionFormat format,
                                Metering.Hold hold, long promptTokens) {
        InferenceRun run;
        try {
            run = prepare(ctx, context, request, format, hold, promptTokens);
        } catch (RuntimeException e) {
            metering.settle(hold, 0, 0);
            ConsumptionErrors.write(ctx, e);
            return;
        }
        try {
            if (request.stream()) {
                run.respondStream();
            } else {
                run.respondWhole();
            }
        } catch (RuntimeException e) {
            run.fail(e);
        }
    }

    private InferenceRun prepare(RoutingContext ctx, Context context, InferenceRequest request, CompletionFormat format,
                                 Metering.Hold hold, long promptTokens) {
        LatencyProfile profile = settings.profileFor(hold.instrument());
        long seed = TextGenerator.seed(hold.instrument(), request.messages(), request.seed());
        Completion completion = TextGenerator.generate(seed, request.budgetUnder(profile.maxTokens()),
                request.ignoreEos());
        PacingPlan plan = settings.fast()
                ? PacingPlan.instant(completion.tokens(), PacingPlan.chunkTokens(profile, settings.chunkIntervalMillis()))
                : PacingPlan.paced(profile, completion.tokens(), settings.chunkIntervalMillis(), ~seed);
        String id = format.idPrefix() + Long.toHexString(seed & 0xffffffffffL) + Long.toHexString(sequence.incrementAndGet());
        CallInfo call = new CallInfo(id, System.currentTimeMillis() / 1000, hold.instrument(), promptTokens,
                request.includeUsage());
        return new InferenceRun(ctx, context, format, call, completion, plan, metering, hold);
    }
}
