package io.gridbench.simulations.trading;

import io.gatling.http.client.Request;
import io.gatling.javaapi.core.Session;
import io.gridbench.exchange.signing.RequestSigner;
import io.gridbench.exchange.signing.SignatureHeaders;
import io.gridbench.exchange.signing.TradingKeyPair;
import io.gridbench.simulations.targets.Traders;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gatling's per-request signing hook for the Trading API: {@code .sign(SignedRequests::sign)}. Gatling calls it just
 * before writing each request (and each retry), so every request carries a fresh {@code x-thegrid-timestamp} and a
 * signature over exactly the method, path and body bytes on the wire. Signing is the project's own
 * {@link RequestSigner}, so the simulations and the server cannot disagree on the canonical message. Thread-safe:
 * signers are cached per private key and are themselves stateless.
 */
public final class SignedRequests {
    private static final Map<String, RequestSigner> SIGNERS = new ConcurrentHashMap<>();

    private SignedRequests() {
    }

    /** Adds the three {@code x-thegrid-*} headers for the session's trader ({@value Traders#PRIVATE_KEY}). */
    public static Request sign(Request request, Session session) {
        RequestSigner signer = SIGNERS.computeIfAbsent(session.getString(Traders.PRIVATE_KEY),
                key -> new RequestSigner(TradingKeyPair.fromPrivateKeyBase64(key)));
        byte[] body = request.getBody() == null ? null : request.getBody().getBytes();
        SignatureHeaders headers = signer.sign(request.getMethod().name(), request.getUri().getPath(), body);
        request.getHeaders()
                .set(SignatureHeaders.SIGNATURE, headers.signature())
                .set(SignatureHeaders.TIMESTAMP, headers.timestamp())
                .set(SignatureHeaders.FINGERPRINT, headers.fingerprint());
        return request;
    }
}
