package io.gridbench.exchange.api;

import io.gridbench.exchange.server.Credentials;
import io.gridbench.exchange.signing.CanonicalMessage;
import io.gridbench.exchange.signing.RequestSigner;
import io.gridbench.exchange.signing.SignatureHeaders;
import io.gridbench.exchange.signing.TradingKeyPair;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Every way a Trading API request can fail authentication: 401 with the header at fault. */
class AuthenticationIT extends ExchangeFixture {
    private static final String BALANCES = "/api/v1/trading/consumption-accounts";

    private Credentials account;
    private SignedHttpClient client;

    @BeforeEach
    void openAccount() {
        account = server.provisioner().openDemo();
        client = client(account);
    }

    @Test
    void signedRequestIsAccepted() {
        assertThat(client.get(BALANCES).status()).isEqualTo(200);
    }

    @Test
    void shorterPrefixIsServedToo() {
        assertThat(client.get("/v1/trading/consumption-accounts").status()).isEqualTo(200);
    }

    @Test
    void missingSignatureHeaderIs401NamingIt() {
        assertUnauthorized(client.send("GET", BALANCES, "", h -> without(h, SignatureHeaders.SIGNATURE)),
                SignatureHeaders.SIGNATURE);
    }

    @Test
    void missingTimestampHeaderIs401NamingIt() {
        assertUnauthorized(client.send("GET", BALANCES, "", h -> without(h, SignatureHeaders.TIMESTAMP)),
                SignatureHeaders.TIMESTAMP);
    }

    @Test
    void missingFingerprintHeaderIs401NamingIt() {
        assertUnauthorized(client.send("GET", BALANCES, "", h -> without(h, SignatureHeaders.FINGERPRINT)),
                SignatureHeaders.FINGERPRINT);
    }

    @Test
    void noHeadersAtAllIs401() {
        assertThat(client.sendRaw("GET", BALANCES, "", java.util.Map.of()).status()).isEqualTo(401);
    }

    @Test
    void unknownFingerprintIs401() {
        SignedHttpClient stranger = new SignedHttpClient(server.baseUrl(),
                new RequestSigner(TradingKeyPair.generate(new Random(99)), Clock.systemUTC()));
        assertUnauthorized(stranger.get(BALANCES), SignatureHeaders.FINGERPRINT);
    }

    @Test
    void signatureByAnotherKeyIs401() {
        SignatureHeaders foreign = new RequestSigner(TradingKeyPair.generate(new Random(98))).sign("GET", BALANCES, "");
        assertUnauthorized(client.send("GET", BALANCES, "", h -> with(h, SignatureHeaders.SIGNATURE, foreign.signature())),
                SignatureHeaders.SIGNATURE);
    }

    @Test
    void garbageSignatureIs401() {
        assertUnauthorized(client.send("GET", BALANCES, "", h -> with(h, SignatureHeaders.SIGNATURE, "%%%")),
                SignatureHeaders.SIGNATURE);
    }

    @Test
    void tamperedBodyIs401() {
        String signedBody = limit(CHAT_FAST, "buy", 1, "\"0.10\"");
        SignatureHeaders headers = signer().sign("POST", ORDERS, signedBody);
        String sentBody = limit(CHAT_FAST, "buy", 100, "\"0.10\"");
        assertUnauthorized(client.sendRaw("POST", ORDERS, sentBody, headers.asMap()), SignatureHeaders.SIGNATURE);
    }

    @Test
    void tamperedPathIs401() {
        SignatureHeaders headers = signer().sign("GET", BALANCES, "");
        assertUnauthorized(client.sendRaw("GET", ORDERS, "", headers.asMap()), SignatureHeaders.SIGNATURE);
    }

    @Test
    void tamperedMethodIs401() {
        SignatureHeaders headers = signer().sign("GET", ORDERS + "/order_x", "");
        assertUnauthorized(client.sendRaw("DELETE", ORDERS + "/order_x", "", headers.asMap()), SignatureHeaders.SIGNATURE);
    }

    @Test
    void queryStringIsNotSigned() {
        SignatureHeaders headers = signer().sign("GET", BALANCES, "");
        assertThat(client.sendRaw("GET", BALANCES + "?order_by=created_at", "", headers.asMap()).status()).isEqualTo(200);
    }

    @Test
    void timestampMoreThanThirtySecondsOldIs401() {
        SignedHttpClient stale = new SignedHttpClient(server.baseUrl(),
                new RequestSigner(account.keyPair(), Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-120))));
        assertUnauthorized(stale.get(BALANCES), SignatureHeaders.TIMESTAMP);
    }

    @Test
    void timestampFromTheFutureIs401() {
        SignedHttpClient early = new SignedHttpClient(server.baseUrl(),
                new RequestSigner(account.keyPair(), Clock.offset(Clock.systemUTC(), Duration.ofSeconds(120))));
        assertUnauthorized(early.get(BALANCES), SignatureHeaders.TIMESTAMP);
    }

    @Test
    void timestampThatWrapsAroundWhenSubtractedFromNowIs401() {
        // now - (Long.MIN_VALUE + now) overflows to Long.MIN_VALUE, whose absolute value is still negative.
        long now = System.currentTimeMillis() / 1000;
        String timestamp = Long.toString(Long.MIN_VALUE + now);
        byte[] signature = account.keyPair().sign(CanonicalMessage.of(timestamp, "GET", BALANCES, ""));
        SignatureHeaders headers = new SignatureHeaders(Base64.getEncoder().encodeToString(signature), timestamp,
                account.keyPair().fingerprint());

        assertUnauthorized(client.sendRaw("GET", BALANCES, "", headers.asMap()), SignatureHeaders.TIMESTAMP);
    }

    @Test
    void nonNumericTimestampIs401() {
        assertUnauthorized(client.send("GET", BALANCES, "", h -> with(h, SignatureHeaders.TIMESTAMP, "yesterday")),
                SignatureHeaders.TIMESTAMP);
    }

    private RequestSigner signer() {
        return new RequestSigner(account.keyPair());
    }

    private static void assertUnauthorized(SignedHttpClient.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.errors().get("field").asText()).isEqualTo(field);
        assertThat(response.errors().get("detail").asText()).isNotBlank();
    }

    private static java.util.Map<String, String> without(java.util.Map<String, String> headers, String name) {
        headers.remove(name);
        return headers;
    }

    private static java.util.Map<String, String> with(java.util.Map<String, String> headers, String name, String value) {
        headers.put(name, value);
        return headers;
    }
}
