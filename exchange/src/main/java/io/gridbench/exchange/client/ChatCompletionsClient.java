package io.gridbench.exchange.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * gridbench's own minimal client of the Consumption API's OpenAI-shaped Chat Completions (non-streaming), for the
 * demo and end-to-end checks. Load tests use Gatling and the SDK tests the official SDKs. Thread-safe.
 */
public final class ChatCompletionsClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String apiKey;
    private final HttpClient http;
    private final Duration timeout;

    /** @param baseUrl the {@code CONSUMPTION_BASE_URL}, for example {@code http://127.0.0.1:8080/api/v1} */
    public ChatCompletionsClient(String baseUrl, String apiKey, Duration timeout) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Sends a system and a user message to {@code model} and returns the whole {@code chat.completion} object.
     *
     * @throws IOException on a transport failure; {@link ApiStatusException} on a non-2xx answer, with the API's
     *                     error detail and status
     */
    public JsonNode complete(String model, String system, String user) throws IOException {
        return send(JSON.writeValueAsString(Map.of("model", model, "messages", messages(system, user))));
    }

    /**
     * As {@link #complete(String, String, String)} with a completion budget of {@code maxTokens}; with
     * {@code ignoreEos} (vLLM's extension, which the simulated Grid honours) the answer runs to the budget, so a
     * caller can consume a planned number of tokens. The answer's {@code usage} says what was actually used.
     */
    public JsonNode complete(String model, String system, String user, int maxTokens, boolean ignoreEos)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("messages", messages(system, user));
        body.put("max_tokens", maxTokens);
        if (ignoreEos) {
            body.put("ignore_eos", true);
        }
        return send(JSON.writeValueAsString(body));
    }

    private static List<Map<String, String>> messages(String system, String user) {
        return List.of(Map.of("role", "system", "content", system), Map.of("role", "user", "content", user));
    }

    private JsonNode send(String body) throws IOException {
        URI uri = URI.create(baseUrl + "/chat/completions");
        HttpResponse<String> response = post(uri, body);
        if (response.statusCode() == 307) {
            // The live service may hand the call to a supplier: re-send the same request there.
            String location = response.headers().firstValue("location").orElse(null);
            if (location == null) {
                throw new IOException("307 without a Location header from " + uri);
            }
            uri = uri.resolve(location);
            response = post(uri, body);
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new ApiStatusException("POST " + uri + " answered " + response.statusCode()
                    + " with a body that is not JSON", response.statusCode(), response.body());
        }
        if (response.statusCode() / 100 != 2) {
            throw new ApiStatusException("POST " + uri + " answered " + response.statusCode() + ": "
                    + answer.path("errors").path("detail").asText(response.body()), response.statusCode(),
                    response.body());
        }
        return answer;
    }

    private HttpResponse<String> post(URI uri, String body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling POST " + uri, e);
        }
    }
}
