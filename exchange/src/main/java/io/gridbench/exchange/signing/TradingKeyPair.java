package io.gridbench.exchange.signing;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

import java.util.Base64;
import java.util.Random;

/**
 * An Ed25519 key pair for the Trading API, with the encodings the Grid hands out: the private key as base64 of the
 * 32-byte seed, the public key as base64 of its 32 raw bytes, and the fingerprint. Immutable and thread-safe.
 */
public final class TradingKeyPair {
    private static final int SEED_BYTES = 32;
    private static final int SECRET_KEY_BYTES = 64;

    private final Ed25519PrivateKeyParameters privateKey;
    private final Ed25519PublicKeyParameters publicKey;
    private final byte[] seed;
    private final byte[] publicKeyBytes;
    private final String fingerprint;

    private TradingKeyPair(byte[] seed) {
        this.seed = seed.clone();
        this.privateKey = new Ed25519PrivateKeyParameters(this.seed, 0);
        this.publicKey = privateKey.generatePublicKey();
        this.publicKeyBytes = publicKey.getEncoded();
        this.fingerprint = Fingerprint.of(publicKeyBytes);
    }

    /** The key pair of a 32-byte seed. */
    public static TradingKeyPair fromSeed(byte[] seed) {
        if (seed.length != SEED_BYTES) {
            throw new IllegalArgumentException("an Ed25519 seed has 32 bytes, got " + seed.length);
        }
        return new TradingKeyPair(seed);
    }

    /**
     * Decodes a private key as the Grid's clients accept it: base64 of a 32-byte seed, or of a 64-byte secret key
     * (seed followed by public key) whose first 32 bytes are used.
     *
     * @throws IllegalArgumentException for bad base64 or any other length
     */
    public static TradingKeyPair fromPrivateKeyBase64(String privateKeyBase64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(privateKeyBase64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("private key is not valid base64", e);
        }
        if (raw.length != SEED_BYTES && raw.length != SECRET_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "private key must be a 32-byte seed or a 64-byte secret key, got " + raw.length + " bytes");
        }
        byte[] seed = new byte[SEED_BYTES];
        System.arraycopy(raw, 0, seed, 0, SEED_BYTES);
        return new TradingKeyPair(seed);
    }

    /**
     * Draws a key pair from {@code random}: pass a {@link java.security.SecureRandom} for real keys, or a seeded
     * {@link Random} for reproducible demo accounts.
     */
    public static TradingKeyPair generate(Random random) {
        byte[] seed = new byte[SEED_BYTES];
        random.nextBytes(seed);
        return new TradingKeyPair(seed);
    }

    /** Signs {@code message} (deterministic, as Ed25519 is). */
    public byte[] sign(byte[] message) {
        byte[] signature = new byte[Ed25519PrivateKeyParameters.SIGNATURE_SIZE];
        privateKey.sign(Ed25519.Algorithm.Ed25519, publicKey, null,
                message, 0, message.length, signature, 0);
        return signature;
    }

    public byte[] publicKey() {
        return publicKeyBytes.clone();
    }

    public String privateKeyBase64() {
        return Base64.getEncoder().encodeToString(seed);
    }

    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKeyBytes);
    }

    public String fingerprint() {
        return fingerprint;
    }
}
