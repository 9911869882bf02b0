package io.gridbench.backtest.history;

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
 * A minimal signed client of the Trading API's read endpoints: GET a path, sign it as the Grid requires (the path
 * without its query string), and parse the {@code {"data": ...}} envelope. Thread-safe (the JDK client is).
 */
public final class TradingApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final RequestSigner signer;
    private final HttpClient http;
    private final Duration timeout;

    /** @param baseUrl for example {@code http://127.0.0.1:8080}, without a trailing slash */
    public TradingApiClient(String baseUrl, RequestSigner signer, Duration timeout) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.signer = signer;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /**
     * GETs {@code pathAndQuery} (such as {@code /api/v1/trading/markets?x=1}) and returns the whole JSON body.
     *
     * @throws IOException on a transport failure or a non-2xx answer, with the API's error detail
     */
    public JsonNode get(String pathAndQuery) throws IOException {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        SignatureHeaders signature = signer.sign("GET", path, (String) null);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(timeout).GET().header("Accept", "application/json");
        for (Map.Entry<String, String> h : signature.asMap().entrySet()) {
            request.header(h.getKey(), h.getValue());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling GET " + path, e);
        } catch (IOException e) {
            throw new IOException("GET " + baseUrl + path + " failed: " + e, e);
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IOException("GET " + path + " answered " + response.statusCode() + " with a body that is not JSON");
        }
        if (response.statusCode() / 100 != 2) {
            String detail = body.path("errors").path("detail").asText(response.body());
            throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + detail);
        }
        return body;
    }
}
