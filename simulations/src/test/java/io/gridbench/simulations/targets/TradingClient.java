package io.gridbench.simulations.targets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridbench.exchange.signing.RequestSigner;
import io.gridbench.exchange.signing.TradingKeyPair;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A small blocking Trading API client for set-up work outside the measured load (looking up a market id before the
 * run). Signs with the project's {@link RequestSigner}, like the simulations do. One instance per caller thread.
 */
public final class TradingClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String baseUrl;
    private final RequestSigner signer;

    public TradingClient(String baseUrl, String privateKeyBase64) {
        this.baseUrl = baseUrl;
        this.signer = new RequestSigner(TradingKeyPair.fromPrivateKeyBase64(privateKeyBase64));
    }

    /** The {@code market_id} of the instrument named {@code instrument} ({@code chat-fast}). */
    public String marketIdOf(String instrument) {
        JsonNode markets = get("/api/v1/trading/markets").path("data");
        for (JsonNode market : markets) {
            if (instrument.equals(market.path("instrument_name").asText())) {
                return market.path("market_id").asText();
            }
        }
        throw new IllegalArgumentException("-Dgridbench.instrument=" + instrument + ": the exchange at " + baseUrl
                + " has no market for it; it has " + markets.findValuesAsText("instrument_name"));
    }

    /** A signed GET; anything but a 2xx is an error carrying the response body. */
    public JsonNode get(String path) {
        var headers = signer.sign("GET", path, (byte[]) null);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT).GET()
                .header("accept", "application/json");
        headers.asMap().forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("GET " + baseUrl + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + baseUrl + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during GET " + baseUrl + path, e);
        }
    }
}
