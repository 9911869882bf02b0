package io.gridbench.exchange.inference;

import io.gridbench.exchange.http.ConsumptionErrors;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /v1/usage} and {@code /api/v1/usage} (a simulator extension, authenticated by the consumption key):
 * the caller's metered usage since the server started,
 * {@code {"data":{"account_id","requests","prompt_tokens","completion_tokens","total_tokens","models":[...]}}} with
 * one entry per instrument in {@code models}. A request counts once it has been settled.
 */
public final class UsageHandler implements Handler<RoutingContext> {
    private final Admission admission;
    private final Metering metering;

    public UsageHandler(Admission admission, Metering metering) {
        this.admission = admission;
        this.metering = metering;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Admission.Caller caller = admission.admit(ctx).orElse(null);
        if (caller == null) {
            return;
        }
        Context context = ctx.vertx().getOrCreateContext();
        metering.usage(caller.accountId()).whenComplete((report, err) -> context.runOnContext(v -> {
            if (err != null) {
                ConsumptionErrors.write(ctx, err);
                return;
            }
            JsonArray models = new JsonArray();
            for (UsageView u : report.byModel()) {
                models.add(json(u).put("model", u.model()));
            }
            JsonObject data = json(report.total()).put("account_id", report.accountId()).put("models", models);
            ctx.response().putHeader("content-type", "application/json")
                    .end(new JsonObject().put("data", data).toBuffer());
        }));
    }

    private static JsonObject json(UsageView u) {
        return new JsonObject().put("requests", u.requests()).put("prompt_tokens", u.promptTokens())
                .put("completion_tokens", u.completionTokens()).put("total_tokens", u.totalTokens());
    }
}
