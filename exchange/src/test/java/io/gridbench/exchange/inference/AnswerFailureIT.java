package io.gridbench.exchange.inference;

import io.gridbench.exchange.market.Instrument;
import io.gridbench.exchange.venue.BalanceView;
import io.gridbench.exchange.venue.SimulatedVenue;
import io.gridbench.exchange.venue.ThreadVenueCore;
import io.gridbench.exchange.venue.VenueCore;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hold is released on every path: when writing the answer fails (here, a wire format that throws), the client gets
 * a 500 in the error shape and the account gets back everything that was held.
 */
class AnswerFailureIT {
    private static final String ACCOUNT = "acct_fail";
    private static final long UNIT = 1_000_000L;

    private final VenueCore core = new ThreadVenueCore(new SimulatedVenue(
            List.of(Instrument.named("chat-fast", "chat-fast")), System::currentTimeMillis, 7));
    private final Vertx vertx = Vertx.vertx();
    private int port;

    @BeforeEach
    void start() throws Exception {
        core.submit(v -> {
            v.openAccount(ACCOUNT, 0, false);
            v.depositUnits(ACCOUNT, "chat-fast", 1);
            return null;
        }).get(30, TimeUnit.SECONDS);
        InferenceService service = new InferenceService(new Metering(core, new UsageLedger(), 1),
                InferenceSettings.defaults().withFast(true));
        Admission.Caller caller = new Admission.Caller("key", ACCOUNT);
        Router router = Router.router(vertx);
        router.post("/whole").handler(ctx -> service.serve(ctx, caller, request(false), new BrokenFormat()));
        router.post("/stream").handler(ctx -> service.serve(ctx, caller, request(true), new BrokenFormat()));
        port = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS).actualPort();
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        core.close();
    }

    private static InferenceRequest request(boolean stream) {
        return new InferenceRequest("chat-fast", List.of(new PromptMessage("user", "Go")), 100, "max_tokens", stream,
                false, 0, true);
    }

    private HttpResponse<String> post(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(java.time.Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private BalanceView balance() throws Exception {
        return core.submit(v -> v.consumptionAccounts(ACCOUNT).get(0)).get(30, TimeUnit.SECONDS);
    }

    @Test
    void aWholeAnswerThatCannotBeWrittenIs500AndReleasesTheHold() throws Exception {
        HttpResponse<String> r = post("/whole");

        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(new JsonObject(r.body()).getJsonObject("errors").getString("detail")).isNotBlank();
        assertThat(balance().reservedTokens()).isZero();
        assertThat(balance().totalTokens()).isEqualTo(UNIT);
    }

    @Test
    void aStreamThatCannotStartIs500AndReleasesTheHold() throws Exception {
        HttpResponse<String> r = post("/stream");

        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(balance().reservedTokens()).isZero();
        assertThat(balance().totalTokens()).isEqualTo(UNIT);
    }

    /** A wire format that fails on every body it is asked for. */
    private static final class BrokenFormat implements CompletionFormat {
        @Override
        public String idPrefix() {
            return "broken-";
        }

        @Override
        public Buffer complete(CallInfo call, Completion completion) {
            throw new IllegalStateException("cannot encode");
        }

        @Override
        public Buffer streamStart(CallInfo call) {
            throw new IllegalStateException("cannot encode");
        }

        @Override
        public Buffer streamDelta(CallInfo call, String text) {
            throw new IllegalStateException("cannot encode");
        }

        @Override
        public Buffer streamEnd(CallInfo call, Completion completion) {
            throw new IllegalStateException("cannot encode");
        }
    }
}
