package io.gridbench.exchange.signing;

import java.time.Clock;
import java.util.Base64;

/**
 * Client side of request signing: turns (method, path, body) into the three {@code x-thegrid-*} headers. Used by the
 * project's own HTTP clients, the Gatling simulations and the {@code record} command. Stateless apart from the key and
 * the clock, so one instance may be shared by any number of threads.
 *
 * <pre>{@code
 * RequestSigner signer = new RequestSigner(TradingKeyPair.fromPrivateKeyBase64(key), Clock.systemUTC());
 * SignatureHeaders h = signer.sign("POST", "/api/v1/trading/orders", body);
 * h.asMap().forEach(request::header);
 * }</pre>
 */
public final class RequestSigner {
    private final TradingKeyPair keyPair;
    private final Clock clock;

    /** @param clock supplies the timestamp; inject a fixed clock for reproducible signatures */
    public RequestSigner(TradingKeyPair keyPair, Clock clock) {
        this.keyPair = keyPair;
        this.clock = clock;
    }

    /** A signer on the system clock. */
    public RequestSigner(TradingKeyPair keyPair) {
        this(keyPair, Clock.systemUTC());
    }

    /** Signs a request whose body is UTF-8 text ({@code null} or empty for none). */
    public SignatureHeaders sign(String method, String path, String body) {
        return sign(method, path, body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Signs a request with a raw body; a query string on {@code path} is ignored, as the server does. */
    public SignatureHeaders sign(String method, String path, byte[] body) {
        String timestamp = Long.toString(Math.floorDiv(clock.millis(), 1000L));
        byte[] signature = keyPair.sign(CanonicalMessage.of(timestamp, method, path, body));
        return new SignatureHeaders(Base64.getEncoder().encodeToString(signature), timestamp, keyPair.fingerprint());
    }

    public String fingerprint() {
        return keyPair.fingerprint();
    }
}
