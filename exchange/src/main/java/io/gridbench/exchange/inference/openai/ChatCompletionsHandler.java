package io.gridbench.exchange.inference.openai;

import io.gridbench.exchange.http.ConsumptionErrors;
import io.gridbench.exchange.inference.Admission;
import io.gridbench.exchange.inference.InferenceRequest;
import io.gridbench.exchange.inference.InferenceService;
import io.gridbench.exchange.venue.VenueException;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code POST /v1/chat/completions}, {@code /api/v1/chat/completions} and the supplier path
 * {@code /supplier/v1/chat/completions}: admits the caller, validates the body and serves it. Stateless.
 */
public final class ChatCompletionsHandler implements Handler<RoutingContext> {
    public static final String SUPPLIER_PATH = Admission.SUPPLIER_PREFIX + "/v1/chat/completions";
    private static final ChatCompletionFormat FORMAT = new ChatCompletionFormat();

    private final Admission admission;
    private final InferenceService service;
    private final int defaultMaxTokens;

    public ChatCompletionsHandler(Admission admission, InferenceService service, int defaultMaxTokens) {
        this.admission = admission;
        this.service = service;
        this.defaultMaxTokens = defaultMaxTokens;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Admission.Caller caller = admission.admit(ctx).orElse(null);
        if (caller == null || admission.redirected(ctx, caller, SUPPLIER_PATH)) {
            return;
        }
        InferenceRequest request;
        try {
            request = ChatCompletionsParser.parse(ctx.body().buffer(), defaultMaxTokens);
        } catch (VenueException e) {
            ConsumptionErrors.write(ctx, e);
            return;
        }
        service.serve(ctx, caller, request, FORMAT);
    }
}
