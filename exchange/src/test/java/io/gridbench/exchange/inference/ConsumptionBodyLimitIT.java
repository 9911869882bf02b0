package io.gridbench.exchange.inference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Bodies over {@code inference.max_body_bytes} are refused with 413 and the Grid's JSON error naming the body. */
class ConsumptionBodyLimitIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ConsumptionServer server;

    @BeforeAll
    static void start() throws Exception {
        InferenceSettings settings = InferenceSettings.fromJson(
                new ObjectMapper(new YAMLFactory()).readTree("max_body_bytes: 2048")).withFast(true);
        server = new ConsumptionServer(settings, false);
        server.account("key-limit", "acct_limit", "chat-fast", 10);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aChatCompletionBodyOverTheLimitIs413NamingTheBody() throws Exception {
        HttpResponse<String> response = post("/v1/chat/completions", "Bearer key-limit");

        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode errors = JSON.readTree(response.body()).path("errors");
        assertThat(errors.path("field").asText()).isEqualTo("body");
        assertThat(errors.path("detail").asText()).isEqualTo("request body is larger than 2048 bytes");
    }

    @Test
    void aMessagesBodyOverTheLimitIs413NamingTheBody() throws Exception {
        HttpResponse<String> response = post("/v1/messages", null);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).path("errors").path("field").asText()).isEqualTo("body");
    }

    @Test
    void theDefaultLimitServesPromptsFarOverTheTradingApiLimit() throws Exception {
        try (ConsumptionServer defaults = ConsumptionServer.fast()) {
            defaults.account("key-limit", "acct_limit", "chat-fast", 10);

            HttpResponse<String> response = post(defaults, "/v1/chat/completions", "Bearer key-limit", 70_000);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> post(String path, String authorization) throws Exception {
        return post(server, path, authorization, 4096);
    }

    private static HttpResponse<String> post(ConsumptionServer target, String path, String authorization,
                                             int promptChars) throws Exception {
        String prompt = "x ".repeat(promptChars / 2);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.url(path)))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\": \"chat-fast\", \"max_tokens\": 5, "
                        + "\"messages\": [{\"role\": \"user\", \"content\": \"" + prompt + "\"}]}"));
        if (authorization != null) {
            request.header("authorization", authorization);
        } else {
            request.header("x-api-key", "key-limit");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
