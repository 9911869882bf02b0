package io.gridbench.exchange.inference;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Completion budgets are capped per instrument ({@link LatencyProfile#maxTokens()}, 16,384 by default): a budget
 * over the cap is refused with 422 naming the field and the cap, before anything is held. A fuzz run found that
 * {@code max_tokens: 2147483647} with {@code ignore_eos} ran out of memory and pinned a hold of 2,147,483,655 tokens.
 */
class CompletionLimitsIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ConsumptionServer server;

    @BeforeAll
    static void start() throws Exception {
        InferenceSettings settings = InferenceSettings.defaults().withFast(true)
                .withProfile("code-max", new LatencyProfile(0, 45, 0, 8));
        server = new ConsumptionServer(settings, false);
        server.account("key-rich", "acct_rich", "chat-fast", 5_000);
        server.account("key-code", "acct_code", "code-max", 1);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HttpResponse<String> post(String path, String key, JsonObject body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("authorization", "Bearer " + key).header("x-api-key", key)
                .header("anthropic-version", "2023-06-01")
                .POST(HttpRequest.BodyPublishers.ofString(body.encode())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject chat(String model) {
        return new JsonObject().put("model", model)
                .put("messages", List.of(new JsonObject().put("role", "user").put("content", "Go")));
    }

    private static void assertRefusedNamingTheCap(HttpResponse<String> r, String field, int cap) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        JsonObject errors = new JsonObject(r.body()).getJsonObject("errors");
        assertThat(errors.getString("field")).isEqualTo(field);
        assertThat(errors.getString("detail")).contains(Integer.toString(cap));
    }

    @Test
    void aBudgetOverTheDefaultCapIsRefusedNamingTheFieldAndTheCap() throws Exception {
        long before = server.totalTokens("acct_rich", "chat-fast");
        HttpResponse<String> r = post("/v1/chat/completions", "key-rich", chat("chat-fast").put("max_tokens", 16_385));

        assertRefusedNamingTheCap(r, "max_tokens", LatencyProfile.DEFAULT_MAX_TOKENS);
        assertThat(server.totalTokens("acct_rich", "chat-fast")).isEqualTo(before);
        assertThat(server.heldTokens("acct_rich", "chat-fast")).isZero();
    }

    @Test
    void theLargestIntBudgetWithIgnoreEosIsRefusedAndHoldsNothing() throws Exception {
        HttpResponse<String> r = post("/v1/chat/completions", "key-rich",
                chat("chat-fast").put("max_tokens", Integer.MAX_VALUE).put("ignore_eos", true).put("stream", true));

        assertRefusedNamingTheCap(r, "max_tokens", LatencyProfile.DEFAULT_MAX_TOKENS);
        assertThat(server.heldTokens("acct_rich", "chat-fast")).isZero();
    }

    @Test
    void theCapIsNamedUnderTheFieldTheCallerUsed() throws Exception {
        HttpResponse<String> r = post("/v1/chat/completions", "key-rich",
                chat("chat-fast").put("max_completion_tokens", 20_000));
        assertRefusedNamingTheCap(r, "max_completion_tokens", LatencyProfile.DEFAULT_MAX_TOKENS);
    }

    @Test
    void aBudgetAtTheCapIsServedInFull() throws Exception {
        HttpResponse<String> r = post("/v1/chat/completions", "key-rich",
                chat("chat-fast").put("max_tokens", LatencyProfile.DEFAULT_MAX_TOKENS).put("ignore_eos", true));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(new JsonObject(r.body()).getJsonObject("usage").getInteger("completion_tokens"))
                .isEqualTo(LatencyProfile.DEFAULT_MAX_TOKENS);
    }

    @Test
    void anInstrumentsOwnCapApplies() throws Exception {
        assertRefusedNamingTheCap(post("/v1/chat/completions", "key-code", chat("code-max").put("max_tokens", 9)),
                "max_tokens", 8);
    }

    @Test
    void theAnthropicSurfaceHasTheSameCap() throws Exception {
        HttpResponse<String> r = post("/v1/messages", "key-code", chat("code-max").put("max_tokens", 9));
        assertRefusedNamingTheCap(r, "max_tokens", 8);
    }

    @Test
    void aDefaultBudgetAboveTheCapIsLoweredToIt() throws Exception {
        HttpResponse<String> r = post("/v1/chat/completions", "key-code", chat("code-max").put("ignore_eos", true));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(new JsonObject(r.body()).getJsonObject("usage").getInteger("completion_tokens")).isEqualTo(8);
    }
}
