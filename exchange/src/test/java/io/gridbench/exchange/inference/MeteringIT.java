package io.gridbench.exchange.inference;

import io.gridbench.exchange.market.OrderType;
import io.gridbench.exchange.market.Side;
import io.gridbench.exchange.venue.PlaceOrder;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** How inference is charged: holds never overdraw a balance, and a client that hangs up pays only for what it got. */
class MeteringIT {

    @Test
    void neverOverdrawsABalanceUnderManyConcurrentRequestsFromOneAccount() throws Exception {
        // Budgets far above the default output cap, so that a few requests exhaust the balance.
        InferenceSettings large = InferenceSettings.defaults().withFast(true)
                .withProfile("chat-fast", new LatencyProfile(300, 150, 0.1, 200_000));
        try (ConsumptionServer server = new ConsumptionServer(large, false)) {
            server.account("key-small", "acct_small", "chat-fast", 1);
            String body = new JsonObject().put("model", "chat-fast").put("max_tokens", 150_000).put("ignore_eos", true)
                    .put("messages", List.of(new JsonObject().put("role", "user").put("content", "Go"))).encode();
            HttpClient http = HttpClient.newHttpClient();
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(http.sendAsync(HttpRequest.newBuilder(URI.create(server.url("/v1/chat/completions")))
                        .header("authorization", "Bearer key-small")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }

            long charged = 0;
            int refused = 0;
            for (CompletableFuture<HttpResponse<String>> call : calls) {
                HttpResponse<String> response = call.get(120, TimeUnit.SECONDS);
                if (response.statusCode() == 200) {
                    charged += new JsonObject(response.body()).getJsonObject("usage").getLong("total_tokens");
                } else {
                    assertThat(response.statusCode()).isEqualTo(402);
                    refused++;
                }
            }

            long remaining = server.totalTokens("acct_small", "chat-fast");
            assertThat(charged).isLessThanOrEqualTo(1_000_000L);
            assertThat(remaining).isEqualTo(1_000_000L - charged).isNotNegative();
            assertThat(refused).isGreaterThanOrEqualTo(14);
            assertThat(server.heldTokens("acct_small", "chat-fast")).isZero();
        }
    }

    @Test
    void chargesAStreamCutOffByTheClientOnlyForTheTokensSent() throws Exception {
        InferenceSettings slow = InferenceSettings.defaults()
                .withProfile("text-max", new LatencyProfile(0, 20, 0));
        try (ConsumptionServer server = new ConsumptionServer(slow, false)) {
            server.account("key-cut", "acct_cut", "text-max", 1);
            String body = new JsonObject().put("model", "text-max").put("max_tokens", 400).put("ignore_eos", true)
                    .put("stream", true)
                    .put("messages", List.of(new JsonObject().put("role", "user").put("content", "Go"))).encode();
            long before = server.totalTokens("acct_cut", "text-max");

            int received = readFirstDeltasThenHangUp(server.port(), body, 3);

            JsonObject usage = awaitSettledUsage(server, "key-cut");
            long completion = usage.getLong("completion_tokens");
            assertThat(completion).isGreaterThanOrEqualTo(received).isLessThan(400);
            assertThat(before - server.totalTokens("acct_cut", "text-max"))
                    .isEqualTo(usage.getLong("prompt_tokens") + completion);
            assertThat(server.heldTokens("acct_cut", "text-max")).isZero();
        }
    }

    @Test
    void buysAutoModeUnitsAtTheBestAskWhenTheBalanceIsShortThenCharges() throws Exception {
        try (ConsumptionServer server = ConsumptionServer.fast()) {
            server.onCore(v -> {
                v.openAccount("acct_seller", 0, false);
                v.depositUnits("acct_seller", "chat-fast", 10);
                return v.placeOrder(new PlaceOrder("acct_seller", "market_chat-fast", Side.SELL, OrderType.LIMIT,
                        240, 5, null, System.currentTimeMillis()));
            });
            server.account("key-auto", "acct_auto", "chat-fast", 0, 10_000, true);

            HttpResponse<String> response = chat(server, "key-auto", "What is 2 + 2?");

            assertThat(response.statusCode()).isEqualTo(200);
            long charged = new JsonObject(response.body()).getJsonObject("usage").getLong("total_tokens");
            assertThat(server.totalTokens("acct_auto", "chat-fast")).isEqualTo(1_000_000L - charged);
            long cash = server.onCore(v -> v.cash("acct_auto").totalCents());
            assertThat(cash).isEqualTo(10_000L - 240);
        }
    }

    @Test
    void refusesAnAutoModeAccountWithoutCashWith402AndDebitsNothing() throws Exception {
        try (ConsumptionServer server = ConsumptionServer.fast()) {
            server.onCore(v -> {
                v.openAccount("acct_seller", 0, false);
                v.depositUnits("acct_seller", "chat-fast", 10);
                return v.placeOrder(new PlaceOrder("acct_seller", "market_chat-fast", Side.SELL, OrderType.LIMIT,
                        240, 5, null, System.currentTimeMillis()));
            });
            server.account("key-poor", "acct_poor", "chat-fast", 0, 0, true);

            HttpResponse<String> response = chat(server, "key-poor", "What is 2 + 2?");

            assertThat(response.statusCode()).isEqualTo(402);
            assertThat(response.body()).contains("\"errors\":{\"detail\":");
            assertThat(server.totalTokens("acct_poor", "chat-fast")).isZero();
        }
    }

    private static HttpResponse<String> chat(ConsumptionServer server, String key, String prompt) throws Exception {
        String body = new JsonObject().put("model", "chat-fast")
                .put("messages", List.of(new JsonObject().put("role", "user").put("content", prompt))).encode();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/v1/chat/completions")))
                .header("authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a streaming request over a raw socket, reads {@code deltas} content events, then closes the socket. */
    private static int readFirstDeltasThenHangUp(int port, String body, int deltas) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer key-cut\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            int seen = 0;
            int tokens = 0;
            String line;
            while (seen < deltas && (line = in.readLine()) != null) {
                int at = line.indexOf("data: {");
                if (at >= 0) {
                    JsonObject delta = new JsonObject(line.substring(at + 6))
                            .getJsonArray("choices").getJsonObject(0).getJsonObject("delta");
                    String content = delta.getString("content", "");
                    if (!content.isEmpty()) {
                        tokens += (int) TokenEstimate.text(content);
                        seen++;
                    }
                }
            }
            return tokens;
        }
    }

    private static JsonObject awaitSettledUsage(ConsumptionServer server, String key) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url("/v1/usage")))
                    .header("authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
            JsonObject data = new JsonObject(response.body()).getJsonObject("data");
            if (data.getLong("requests") > 0 || System.nanoTime() > deadline) {
                return data;
            }
            Thread.sleep(50);
        }
    }
}
