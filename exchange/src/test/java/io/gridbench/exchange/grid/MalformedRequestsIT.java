package io.gridbench.exchange.grid;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.server.Credentials;
import io.gridbench.exchange.server.ExchangeServer;
import io.gridbench.exchange.signing.RequestSigner;
import io.gridbench.exchange.signing.SignatureHeaders;
import io.gridbench.exchange.signing.TradingKeyPair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that break HTTP or URL syntax, sent as an attacker would: every layer (Vert.x's decoder, the router, the
 * query decoder, both APIs) answers with a 4xx in the Grid's JSON error shape, never a bare framework body or a 500.
 */
class MalformedRequestsIT {
    private static final String ORDERS = "/api/v1/trading/orders";

    private static ExchangeServer server;
    private static Credentials account;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        server = SimulatedGrid.builder(ExchangeConfig.defaults()).seed(3).agents(false).fastInference(true)
                .supplierRedirect(true).start(0);
        account = server.provisioner().openDemo();
        http = new RawHttp(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A signed GET: the signature covers the path only, so a broken query still passes authentication. */
    private static RawHttp.Response signedGet(String path, String query) throws IOException {
        SignatureHeaders h = new RequestSigner(TradingKeyPair.fromPrivateKeyBase64(account.privateKeyBase64()))
                .sign("GET", path, "");
        StringBuilder head = new StringBuilder("GET " + path + query + " HTTP/1.1");
        for (Map.Entry<String, String> e : h.asMap().entrySet()) {
            head.append("\r\n").append(e.getKey()).append(": ").append(e.getValue());
        }
        return http.send(head.toString(), "");
    }

    private static JsonNode assertGridError(RawHttp.Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.headers().get("content-type")).as(r.toString()).startsWith("application/json");
        JsonNode errors = r.json().get("errors");
        assertThat(errors).as(r.toString()).isNotNull();
        assertThat(errors.get("detail").asText()).as(r.toString()).isNotBlank();
        return errors;
    }

    @Test
    void aLonePercentInAQueryValueIs400NamingTheQuery() throws IOException {
        assertThat(assertGridError(signedGet(ORDERS, "?cursor=%"), 400).get("field").asText()).isEqualTo("query");
    }

    @Test
    void anInvalidEscapeInAQueryValueIs400() throws IOException {
        assertGridError(signedGet(ORDERS, "?status=%zz"), 400);
    }

    @Test
    void anInvalidEscapeInAQueryNameIs400() throws IOException {
        assertGridError(signedGet(ORDERS, "?%=1"), 400);
    }

    @Test
    void aBrokenSupplierTicketIs400() throws IOException {
        RawHttp.Response r = http.send("POST /supplier/v1/chat/completions?ticket=% HTTP/1.1\r\nAuthorization: Bearer "
                + account.consumptionApiKey() + "\r\nContent-Type: application/json", "{}");
        assertGridError(r, 400);
    }

    @Test
    void anInvalidEscapeInAPathParameterIsAGridError() throws IOException {
        RawHttp.Response r = signedGet(ORDERS + "/%zz", "");
        assertThat(r.status()).as(r.toString()).isBetween(400, 499);
        assertGridError(r, r.status());
    }

    @Test
    void anOverlongOrderIdIs404WithoutEchoingIt() throws IOException {
        JsonNode errors = assertGridError(signedGet(ORDERS + "/" + "a".repeat(3_000), ""), 404);
        assertThat(errors.get("detail").asText()).hasSizeLessThan(200);
    }

    @Test
    void anUnknownLongPathIs404WithoutEchoingIt() throws IOException {
        JsonNode errors = assertGridError(http.send("GET /" + "b".repeat(3_000) + " HTTP/1.1", ""), 404);
        assertThat(errors.get("detail").asText()).hasSizeLessThan(200);
    }

    @Test
    void aRequestLineOverTheLimitIs414() throws IOException {
        assertGridError(http.send("GET /health?pad=" + "a".repeat(5_000) + " HTTP/1.1", ""), 414);
    }

    @Test
    void headersOverTheLimitAre431() throws IOException {
        assertGridError(http.send("GET /health HTTP/1.1\r\nX-Pad: " + "a".repeat(9_000), ""), 431);
    }

    @Test
    void aNulByteInAHeaderIs400() throws IOException {
        assertGridError(http.send("GET /health HTTP/1.1\r\nX-Bad: a\u0000b", ""), 400);
    }

    @Test
    void healthStillAnswersAfterEachKindOfBrokenRequest() throws IOException {
        http.send("GET /health HTTP/1.1\r\nX-Bad: a\u0000b", "");
        assertThat(http.send("GET /health HTTP/1.1", "").status()).isEqualTo(200);
    }
}
