package io.gridbench.exchange.signing;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Known-answer tests: keys, fingerprints and signatures that independent Ed25519 implementations agree on. */
class SigningVectorsTest {
    private static final byte[] SEED = new byte[32];

    static {
        for (int i = 0; i < 32; i++) {
            SEED[i] = (byte) i;
        }
    }

    /**
     * Produced by PyNaCl 1.5.0 (libsodium), not by this code: {@code SigningKey(bytes(range(32))).sign(message)}
     * for timestamp 1700000000 and the replenish client's limit-order body below.
     */
    private static final String PYNACL_ORDER_SIGNATURE =
            "52szK3bXsNchIEEUSHynl+06gCtHJfRplHPYsgQeTuh0obj7EegzRFU7B1saaaYyBV6URfPQtmzpMQVRcvDmBA==";
    /** PyNaCl 1.5.0 as above, for {@code 1700000000GET/api/v1/trading/consumption-accounts}. */
    private static final String PYNACL_BALANCE_SIGNATURE =
            "Cz9S9/kBlYX/5lAepmMBmdkQm92kVqC1sPGSSKxiz2+XD5WoKXoy7Qo1ldPmjapKTqZjmsP3ozZTLQUqYepOCA==";
    private static final String ORDER_BODY = "{\"market_id\":\"market_788dcbd5-ac68-4c61-acf1-4443beaf2a1c\","
            + "\"side\":\"buy\",\"type\":\"limit\",\"quantity\":10,\"price\":\"2.50\",\"time_in_force\":\"gtc\","
            + "\"client_order_id\":\"replenish-1700000000\"}";

    private final Clock at1700000000 = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L, 999_000_000), ZoneOffset.UTC);

    @Test
    void seedZeroToThirtyOneHasTheKnownPublicKey() {
        assertThat(TradingKeyPair.fromSeed(SEED).publicKeyBase64()).isEqualTo("A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg=");
    }

    @Test
    void fingerprintIsUnpaddedBase64OfSha256OfThePublicKey() {
        assertThat(TradingKeyPair.fromSeed(SEED).fingerprint()).isEqualTo("Vkdap1RjR0wChd9dvyvKtz2mUTWIOem3dIGy6rEHcIw");
    }

    @Test
    void signatureOfAnOrderMatchesPyNaCl() {
        SignatureHeaders headers = new RequestSigner(TradingKeyPair.fromSeed(SEED), at1700000000)
                .sign("POST", "/api/v1/trading/orders", ORDER_BODY);

        assertThat(headers.signature()).isEqualTo(PYNACL_ORDER_SIGNATURE);
        assertThat(headers.timestamp()).isEqualTo("1700000000");
        assertThat(headers.fingerprint()).isEqualTo("Vkdap1RjR0wChd9dvyvKtz2mUTWIOem3dIGy6rEHcIw");
    }

    @Test
    void queryStringAndMethodCaseDoNotChangeTheSignature() {
        SignatureHeaders headers = new RequestSigner(TradingKeyPair.fromSeed(SEED), at1700000000)
                .sign("get", "/api/v1/trading/consumption-accounts?order_by=created_at", "");

        assertThat(headers.signature()).isEqualTo(PYNACL_BALANCE_SIGNATURE);
    }

    @Test
    void sixtyFourByteSecretKeyUsesItsFirstThirtyTwoBytes() {
        TradingKeyPair fromSeed = TradingKeyPair.fromSeed(SEED);
        byte[] secretKey = new byte[64];
        System.arraycopy(SEED, 0, secretKey, 0, 32);
        System.arraycopy(fromSeed.publicKey(), 0, secretKey, 32, 32);

        TradingKeyPair fromSecretKey = TradingKeyPair.fromPrivateKeyBase64(Base64.getEncoder().encodeToString(secretKey));

        assertThat(fromSecretKey.fingerprint()).isEqualTo(fromSeed.fingerprint());
        assertThat(fromSecretKey.privateKeyBase64()).isEqualTo(Base64.getEncoder().encodeToString(SEED));
    }
}
