package io.gridbench.exchange.server;

import io.gridbench.exchange.api.WireFormat;
import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.http.ApiResponses;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ExchangeServerIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void healthAnswers200OnTheBoundPort() throws Exception {
        try (ExchangeServer server = start(ExchangeServer.builder(ExchangeConfig.defaults(), venues()))) {
            assertThat(server.port()).isPositive();
            HttpResponse<String> r = get(server.baseUrl() + "/health");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("{\"data\":{\"status\":\"ok\"}}");
        }
    }

    @Test
    void mountedRoutesAreServedBesideTheTradingApi() throws Exception {
        ExchangeServer.Builder builder = ExchangeServer.builder(ExchangeConfig.defaults(), venues())
                .mount(ctx -> ctx.router().get("/api/v1/models")
                        .handler(rc -> ApiResponses.data(rc, 200, WireFormat.status("mounted"))));
        try (ExchangeServer server = start(builder)) {
            assertThat(get(server.baseUrl() + "/api/v1/models").body()).contains("mounted");
            assertThat(get(server.baseUrl() + "/api/v1/trading/markets").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void periodicTaskRunsOnTheVenueCore() throws Exception {
        CountDownLatch ticks = new CountDownLatch(3);
        ExchangeServer.Builder builder = ExchangeServer.builder(ExchangeConfig.defaults(), venues())
                .periodic(Duration.ofMillis(10), venue -> {
                    venue.markets();
                    ticks.countDown();
                });
        try (ExchangeServer server = start(builder)) {
            assertThat(ticks.await(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void sameSeedOpensTheSameAccounts() {
        String first;
        try (ExchangeServer server = start(ExchangeServer.builder(ExchangeConfig.defaults(), venues()).seed(3))) {
            first = server.provisioner().openDemo().fingerprint();
        }
        try (ExchangeServer server = start(ExchangeServer.builder(ExchangeConfig.defaults(), venues()).seed(3))) {
            assertThat(server.provisioner().openDemo().fingerprint()).isEqualTo(first);
            assertThat(server.accounts().byFingerprint(first)).isNotNull();
        }
    }

    private static java.util.function.Function<ExchangeConfig, io.gridbench.exchange.venue.VenueCore> venues() {
        return SimulatedVenues.factory(1, Clock.systemUTC());
    }

    private static ExchangeServer start(ExchangeServer.Builder builder) {
        return builder.start(0);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
