package io.gridbench.exchange.inference.anthropic;

import io.gridbench.exchange.http.ConsumptionErrors;
import io.gridbench.exchange.inference.Admission;
import io.gridbench.exchange.inference.InferenceRequest;
import io.gridbench.exchange.inference.InferenceService;
import io.gridbench.exchange.venue.VenueException;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code POST /v1/messages} and the supplier path {@code /supplier/v1/messages}: admits the caller (key in
 * {@code x-api-key}), requires {@code anthropic-version} as the live API does, validates the body and serves it.
 * Stateless.
 */
public final class MessagesHandler implements Handler<RoutingContext> {
    public static final String SUPPLIER_PATH = Admission.SUPPLIER_PREFIX + "/v1/messages";
    private static final MessagesFormat FORMAT = new MessagesFormat();

    private final Admission admission;
    private final InferenceService service;

    public MessagesHandler(Admission admission, InferenceService service) {
        this.admission = admission;
        this.service = service;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Admission.Caller caller = admission.admit(ctx).orElse(null);
        if (caller == null) {
            return;
        }
        if (ctx.request().getHeader("anthropic-version") == null) {
            ConsumptionErrors.write(ctx, 400, "anthropic-version", "anthropic-version header is required");
            return;
        }
        if (admission.redirected(ctx, caller, SUPPLIER_PATH)) {
            return;
        }
        InferenceRequest request;
        try {
            request = MessagesParser.parse(ctx.body().buffer());
        } catch (VenueException e) {
            ConsumptionErrors.write(ctx, e);
            return;
        }
        service.serve(ctx, caller, request, FORMAT);
    }
}
