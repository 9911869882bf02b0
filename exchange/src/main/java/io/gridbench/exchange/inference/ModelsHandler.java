package io.gridbench.exchange.inference;

import io.gridbench.exchange.http.ConsumptionErrors;
import io.gridbench.exchange.venue.InstrumentView;
import io.gridbench.exchange.venue.VenueCore;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/**
 * {@code GET /v1/models} and {@code /api/v1/models}: the instruments as models. OpenAI's list shape
 * ({@code {"object":"list","data":[{"id","object":"model","created","owned_by"}]}}) by default; Anthropic's
 * ({@code {"data":[{"id","type":"model","display_name","created_at"}],"has_more","first_id","last_id"}}) when the
 * request carries {@code anthropic-version}, as the Anthropic SDK's does. Instrument names are the model ids.
 */
public final class ModelsHandler implements Handler<RoutingContext> {
    private final Admission admission;
    private final VenueCore core;

    public ModelsHandler(Admission admission, VenueCore core) {
        this.admission = admission;
        this.core = core;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (admission.admit(ctx).isEmpty()) {
            return;
        }
        boolean anthropic = ctx.request().getHeader("anthropic-version") != null;
        Context context = ctx.vertx().getOrCreateContext();
        core.submit(venue -> venue.instruments()).whenComplete((instruments, err) -> context.runOnContext(v -> {
            if (err != null) {
                ConsumptionErrors.write(ctx, err);
            } else {
                ctx.response().putHeader("content-type", "application/json")
                        .end((anthropic ? anthropicList(instruments) : openAiList(instruments)).toBuffer());
            }
        }));
    }

    private static JsonObject openAiList(List<InstrumentView> instruments) {
        JsonArray data = new JsonArray();
        for (InstrumentView i : instruments) {
            data.add(new JsonObject().put("id", i.name()).put("object", "model").put("created", 0)
                    .put("owned_by", "thegrid"));
        }
        return new JsonObject().put("object", "list").put("data", data);
    }

    private static JsonObject anthropicList(List<InstrumentView> instruments) {
        JsonArray data = new JsonArray();
        for (InstrumentView i : instruments) {
            data.add(new JsonObject().put("id", i.name()).put("type", "model").put("display_name", i.name())
                    .put("created_at", "1970-01-01T00:00:00Z"));
        }
        return new JsonObject().put("data", data).put("has_more", false)
                .put("first_id", instruments.isEmpty() ? null : instruments.get(0).name())
                .put("last_id", instruments.isEmpty() ? null : instruments.get(instruments.size() - 1).name());
    }
}
