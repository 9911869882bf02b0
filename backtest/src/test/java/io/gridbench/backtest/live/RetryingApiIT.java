package io.gridbench.backtest.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.gridbench.exchange.client.ApiStatusException;
import io.gridbench.exchange.client.TradingApiClient;
import io.gridbench.exchange.signing.RequestSigner;
import io.gridbench.exchange.signing.TradingKeyPair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The retry rules against a scripted HTTP server on 127.0.0.1: 429, 5xx and timeouts are tried again with growing
 * waits, other 4xx are not, and a POST whose answer was lost is looked up before it is sent again.
 */
class RetryingApiIT {
    private static final String OK = "{\"data\":{\"status\":\"ok\"}}";

    @TempDir
    Path dir;

    private HttpServer server;
    /** Scripted answers, one per request: a status, or -1 to answer too late for the client's timeout. */
    private final Deque<Integer> script = new ConcurrentLinkedDeque<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Long> waits = new ArrayList<>();
    private Journal journal;
    private RetryingApi api;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        // A thread per request: the retry after a timeout must not queue behind the request that timed out.
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        TradingApiClient client = new TradingApiClient("http://127.0.0.1:" + server.getAddress().getPort(),
                new RequestSigner(TradingKeyPair.fromSeed(new byte[32])), Duration.ofMillis(500));
        journal = Journal.open(dir, System::currentTimeMillis);
        api = new RetryingApi(client, journal, new RetryPolicy(4, 100, 250), waits::add);
    }

    @AfterEach
    void stop() throws IOException {
        server.stop(0);
        journal.close();
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        exchange.getRequestBody().readAllBytes();
        Integer status = script.poll();
        int code = status == null ? 200 : status;
        if (code == -1) {
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            code = 200;
        }
        byte[] body = (code == 200 ? OK : "{\"errors\":{\"detail\":\"scripted " + code + "\",\"field\":\"x\"}}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(code, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Test
    void serverErrorsAndRateLimitsAreRetriedWithGrowingWaits() throws IOException {
        script.addAll(List.of(503, 429, 500));

        JsonNode answer = api.get("/api/v1/trading/markets");

        assertThat(answer.path("data").path("status").asText()).isEqualTo("ok");
        assertThat(requests.get()).isEqualTo(4);
        assertThat(waits).containsExactly(100L, 200L, 250L);
        assertThat(api.retries()).isEqualTo(3);
    }

    @Test
    void aTimeoutIsRetried() throws IOException {
        script.add(-1);

        JsonNode answer = api.get("/api/v1/trading/markets");

        assertThat(answer.path("data").path("status").asText()).isEqualTo("ok");
        assertThat(api.retries()).isEqualTo(1);
    }

    @Test
    void aClientErrorIsNotRetriedAndCarriesItsStatusAndBody() {
        script.add(422);

        assertThatThrownBy(() -> api.get("/api/v1/trading/markets"))
                .isInstanceOfSatisfying(ApiStatusException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.body()).contains("scripted 422");
                });
        assertThat(requests.get()).isEqualTo(1);
        assertThat(api.refusals()).isEqualTo(1);
    }

    @Test
    void givesUpAfterTheLastTryWithTheLastStatus() {
        script.addAll(List.of(503, 503, 503, 503));

        assertThatThrownBy(() -> api.get("/api/v1/trading/markets"))
                .isInstanceOfSatisfying(ApiStatusException.class, e -> assertThat(e.status()).isEqualTo(503));
        assertThat(requests.get()).isEqualTo(4);
    }

    @Test
    void aPostWhoseAnswerWasLostIsFoundInsteadOfSentAgain() throws IOException {
        script.add(502);
        JsonNode earlier = Journal.JSON.readTree("{\"data\":{\"order_id\":\"order_1\"}}");

        JsonNode answer = api.postOnce("/api/v1/trading/orders", Journal.JSON.createObjectNode().put("quantity", 1),
                () -> earlier);

        assertThat(answer.path("data").path("order_id").asText()).isEqualTo("order_1");
        assertThat(requests.get()).isEqualTo(1);
    }

    @Test
    void aPostThatDidNotTakeEffectIsSentAgain() throws IOException {
        script.add(502);

        JsonNode answer = api.postOnce("/api/v1/trading/orders", Journal.JSON.createObjectNode().put("quantity", 1),
                () -> null);

        assertThat(answer.path("data").path("status").asText()).isEqualTo("ok");
        assertThat(requests.get()).isEqualTo(2);
    }

    @Test
    void everyFailureIsJournaled() throws IOException {
        script.addAll(List.of(503, 404));

        assertThatThrownBy(() -> api.get("/api/v1/trading/orders/x")).isInstanceOf(ApiStatusException.class);

        List<String> types = new ArrayList<>();
        for (JsonNode e : Journal.read(journal.file())) {
            types.add(e.path("type").asText() + " " + e.path("status").asInt());
        }
        assertThat(types).containsExactly("retry 503", "failure 404");
    }
}
