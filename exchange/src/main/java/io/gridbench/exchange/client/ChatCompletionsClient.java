package io.gridbench.exchange.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
        String body = JSON.writeValueAsString(Map.of("model", model, "messages", List.of(
                Map.of("role", "system", "content", system),
                Map.of("role", "user", "content", user))));
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
