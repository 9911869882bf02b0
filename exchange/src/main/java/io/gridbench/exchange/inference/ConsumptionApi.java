package io.gridbench.exchange.inference;

import io.gridbench.exchange.http.ConsumptionErrors;
import io.gridbench.exchange.inference.anthropic.MessagesHandler;
import io.gridbench.exchange.inference.openai.ChatCompletionsHandler;
import io.gridbench.exchange.venue.VenueCore;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import java.util.function.LongSupplier;

/**
 * The simulated Consumption API, mounted on an existing Vert.x {@link Router}. Wiring, in request order:
 *
 * <pre>
 *   1. Admission        key -&gt; account (401), per-key rate limit (429), optional 307 to /supplier/... with a ticket
 *   2. *Parser          body -&gt; InferenceRequest (400 malformed, 422 out of range)
 *   3. Metering.hold    core task: model -&gt; instrument (404), hold prompt + max_tokens (Auto Mode buys; 402)
 *   4. InferenceRun     deterministic text, paced by the instrument's LatencyProfile with Vert.x timers
 *   5. Metering.settle  core task: debit prompt + completion tokens actually produced, record usage
 * </pre>
 *
 * Routes: {@code POST /v1/chat/completions}, {@code POST /api/v1/chat/completions},
 * {@code POST /supplier/v1/chat/completions}, {@code POST /v1/messages}, {@code POST /supplier/v1/messages},
 * {@code GET /v1/models}, {@code GET /api/v1/models}, {@code GET /v1/usage}, {@code GET /api/v1/usage}. One instance
 * may be mounted on the routers of several verticle instances: all its state is thread-safe or owned by the core.
 */
public final class ConsumptionApi {
    private final InferenceSettings settings;
    private final Admission admission;
    private final Metering metering;
    private final InferenceService service;
    private final VenueCore core;

    public ConsumptionApi(VenueCore core, ConsumptionKeys keys, InferenceSettings settings) {
        this(core, keys, settings, System::nanoTime);
    }

    /** As above, with the clock that drives rate limits and supplier-ticket expiry (tests freeze it). */
    public ConsumptionApi(VenueCore core, ConsumptionKeys keys, InferenceSettings settings, LongSupplier nanoClock) {
        this.settings = settings;
        this.core = core;
        this.admission = new Admission(keys,
                new RateLimiter(settings.rateLimitPerSecond(), settings.rateLimitBurst(), nanoClock),
                new SupplierTickets(settings.supplierTicketTtlMillis(), nanoClock),
                settings.supplierRedirect());
        this.metering = new Metering(core, new UsageLedger(), settings.autoBuyUnits());
        this.service = new InferenceService(metering, settings);
    }

    /** Adds the Consumption API routes to {@code router}. */
    public void mount(Router router) {
        BodyHandler body = BodyHandler.create(false).setBodyLimit(settings.maxBodyBytes());
        ChatCompletionsHandler chat = new ChatCompletionsHandler(admission, service, settings.defaultMaxTokens());
        for (String path : new String[] {"/v1/chat/completions", "/api/v1/chat/completions",
                ChatCompletionsHandler.SUPPLIER_PATH}) {
            router.post(path).handler(body).handler(chat).failureHandler(this::failed);
        }
        MessagesHandler messages = new MessagesHandler(admission, service);
        for (String path : new String[] {"/v1/messages", MessagesHandler.SUPPLIER_PATH}) {
            router.post(path).handler(body).handler(messages).failureHandler(this::failed);
        }
        ModelsHandler models = new ModelsHandler(admission, core);
        UsageHandler usage = new UsageHandler(admission, metering);
        for (String prefix : new String[] {"/v1", "/api/v1"}) {
            router.get(prefix + "/models").handler(models);
            router.get(prefix + "/usage").handler(usage);
        }
    }

    /** The body handler fails the request with a bare 413 when the body is over the limit; answer in the Grid's shape. */
    private void failed(RoutingContext ctx) {
        if (ctx.statusCode() == 413) {
            ConsumptionErrors.write(ctx, 413, "body", "request body is larger than " + settings.maxBodyBytes() + " bytes");
        } else if (ctx.failure() != null) {
            ConsumptionErrors.write(ctx, ctx.failure());
        } else {
            ConsumptionErrors.write(ctx, ctx.statusCode(), "request", "request failed with status " + ctx.statusCode());
        }
    }
}
