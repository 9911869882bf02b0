package io.gridbench.exchange.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridbench.exchange.signing.RequestSigner;
import io.gridbench.exchange.signing.SignatureHeaders;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The tests' own Trading API client: java.net.http plus {@link RequestSigner}. {@link #send} exposes every part of a
 * request so tests can tamper with what is signed versus what is sent.
 */
final class SignedHttpClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String baseUrl;
    private final RequestSigner signer;

    SignedHttpClient(String baseUrl, RequestSigner signer) {
        this.baseUrl = baseUrl;
        this.signer = signer;
    }

    Response get(String pathAndQuery) {
        return send("GET", pathAndQuery, "", h -> h);
    }

    Response post(String path, String body) {
        return send("POST", path, body, h -> h);
    }

    Response delete(String path) {
        return send("DELETE", path, "", h -> h);
    }

    /** Signs (method, path, body), lets {@code headers} change the signed headers, then sends exactly that. */
    Response send(String method, String pathAndQuery, String body, UnaryOperator<Map<String, String>> headers) {
        SignatureHeaders signed = signer.sign(method, pathAndQuery, body);
        return sendRaw(method, pathAndQuery, body, headers.apply(new java.util.HashMap<>(signed.asMap())));
    }

    /** Sends without signing anything itself. */
    Response sendRaw(String method, String pathAndQuery, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null || body.isEmpty()
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), JSON.readTree(response.body()), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + pathAndQuery + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Status, parsed JSON and the raw text (for failure messages). */
    record Response(int status, JsonNode json, String text) {
        JsonNode data() {
            return json.get("data");
        }

        JsonNode errors() {
            return json.get("errors");
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
