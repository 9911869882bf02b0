package io.gridbench.exchange.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridbench.exchange.signing.RequestSigner;
import io.gridbench.exchange.signing.SignatureHeaders;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * gridbench's own signed client of the Trading API: sends a request signed as the Grid requires (timestamp, method,
 * the path without its query string, body) and parses the {@code {"data": ...}} envelope. Used by {@code record},
 * {@code demo} and end-to-end tests. Thread-safe (the JDK client is).
 */
public final class TradingApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final RequestSigner signer;
    private final HttpClient http;
    private final Duration timeout;

    /**
     * A client that speaks HTTP/2 where the server agrees to it (ALPN over TLS, an h2c upgrade over plain HTTP).
     *
     * @param baseUrl for example {@code http://127.0.0.1:8080}, without a trailing slash
     */
    public TradingApiClient(String baseUrl, RequestSigner signer, Duration timeout) {
        this(baseUrl, signer, timeout, HttpClient.Version.HTTP_2);
    }

    /**
     * @param version {@code HTTP_1_1} to speak only HTTP/1.1, as the Grid's reference clients (Python requests,
     *                axios, Go's net/http) and Gatling do; {@code HTTP_2} to upgrade where the server agrees
     */
    public TradingApiClient(String baseUrl, RequestSigner signer, Duration timeout, HttpClient.Version version) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.signer = signer;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(version).connectTimeout(timeout).build();
    }

    /**
     * GETs {@code pathAndQuery} (such as {@code /api/v1/trading/markets?x=1}) and returns the whole JSON body.
     *
     * @throws IOException on a transport failure; {@link ApiStatusException} on a non-2xx answer, with the API's
     *                     error detail and status
     */
    public JsonNode get(String pathAndQuery) throws IOException {
        return send("GET", pathAndQuery, null);
    }

    /** POSTs a JSON body (signed byte for byte as sent) and returns the whole JSON answer. */
    public JsonNode post(String path, Object body) throws IOException {
        return send("POST", path, JSON.writeValueAsString(body));
    }

    /** DELETEs {@code path} (for example an order) and returns the whole JSON answer. */
    public JsonNode delete(String path) throws IOException {
        return send("DELETE", path, null);
    }

    private JsonNode send(String method, String pathAndQuery, String body) throws IOException {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        SignatureHeaders signature = signer.sign(method, path, body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (Map.Entry<String, String> h : signature.asMap().entrySet()) {
            request.header(h.getKey(), h.getValue());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling " + method + " " + path, e);
        } catch (IOException e) {
            throw new IOException(method + " " + baseUrl + path + " failed: " + e, e);
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new ApiStatusException(method + " " + path + " answered " + response.statusCode()
                    + " with a body that is not JSON", response.statusCode(), response.body());
        }
        if (response.statusCode() / 100 != 2) {
            String detail = answer.path("errors").path("detail").asText(response.body());
            throw new ApiStatusException(method + " " + path + " answered " + response.statusCode() + ": " + detail,
                    response.statusCode(), response.body());
        }
        return answer;
    }
}
