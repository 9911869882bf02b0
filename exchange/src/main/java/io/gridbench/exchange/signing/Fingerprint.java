package io.gridbench.exchange.signing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** The key id the Grid uses in {@code x-thegrid-fingerprint}: base64 of SHA-256 of the raw 32-byte public key, no '='. */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(byte[] publicKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey);
            return Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }
}
