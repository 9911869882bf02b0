package io.gridbench.benchmarks.signing;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;

/**
 * One Ed25519 key pair, from a fixed seed, in both Bouncy Castle and JDK form, and a realistic signed message (the
 * Grid's canonical {@code timestamp + METHOD + path + body} of an order placement). Immutable once built.
 */
final class SigningFixture {

    /** The cross-check seed, bytes 0x00..0x1f (its public key is pinned in exchange SigningVectorsTest). */
    static final byte[] SEED = seed();

    /** What a reference client signs when it places a limit order. */
    static final byte[] MESSAGE = ("1732370400POST/api/v1/trading/orders"
            + "{\"market_id\":\"market_chat-fast\",\"side\":\"buy\",\"type\":\"limit\",\"quantity\":12,"
            + "\"price\":\"2.50\",\"time_in_force\":\"gtc\",\"client_order_id\":\"batch-1732370400\"}")
            .getBytes(StandardCharsets.UTF_8);

    // DER prefixes that wrap a raw 32-byte Ed25519 key for the JDK's KeyFactory (RFC 8410).
    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    final Ed25519PrivateKeyParameters bcPrivate = new Ed25519PrivateKeyParameters(SEED, 0);
    final Ed25519PublicKeyParameters bcPublic = bcPrivate.generatePublicKey();
    final PrivateKey jdkPrivate;
    final PublicKey jdkPublic;

    SigningFixture() {
        try {
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            jdkPrivate = factory.generatePrivate(new PKCS8EncodedKeySpec(concat(PKCS8_PREFIX, SEED)));
            jdkPublic = factory.generatePublic(new X509EncodedKeySpec(concat(X509_PREFIX, bcPublic.getEncoded())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot load an Ed25519 key", e);
        }
    }

    private static byte[] seed() {
        byte[] seed = new byte[32];
        for (int i = 0; i < seed.length; i++) {
            seed[i] = (byte) i;
        }
        return seed;
    }

    private static byte[] concat(byte[] prefix, byte[] key) {
        byte[] out = new byte[prefix.length + key.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(key, 0, out, prefix.length, key.length);
        return out;
    }
}
