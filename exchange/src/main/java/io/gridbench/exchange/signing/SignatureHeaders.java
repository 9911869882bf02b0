package io.gridbench.exchange.signing;

import java.util.Map;

/**
 * The three authentication headers of one signed request, as sent on the wire.
 *
 * @param signature   base64 of the 64-byte Ed25519 signature
 * @param timestamp   unix seconds, as decimal text
 * @param fingerprint base64 SHA-256 of the public key, without padding
 */
public record SignatureHeaders(String signature, String timestamp, String fingerprint) {
    public static final String SIGNATURE = "x-thegrid-signature";
    public static final String TIMESTAMP = "x-thegrid-timestamp";
    public static final String FINGERPRINT = "x-thegrid-fingerprint";

    /** Header name to value, ready to copy onto any HTTP client's request. */
    public Map<String, String> asMap() {
        return Map.of(SIGNATURE, signature, TIMESTAMP, timestamp, FINGERPRINT, fingerprint);
    }
}
