package io.gridbench.exchange.signing;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignatureVerifierTest {
    private static final String PATH = "/api/v1/trading/orders";
    private static final String BODY = "{\"quantity\":1}";

    private final TradingKeyPair keys = TradingKeyPair.generate(new Random(42));
    private final Ed25519PublicKeyParameters publicKey = SignatureVerifier.publicKey(keys.publicKey());
    private final RequestSigner signer = new RequestSigner(keys,
            Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC));
    private final SignatureVerifier verifier = new SignatureVerifier();
    private final SignatureHeaders headers = signer.sign("POST", PATH, BODY);

    @Test
    void acceptsTheRequestItWasSignedFor() {
        assertThat(verify("POST", PATH, BODY, headers.timestamp())).isTrue();
    }

    @Test
    void acceptsTheSamePathWithAQueryString() {
        assertThat(verify("POST", PATH + "?x=1", BODY, headers.timestamp())).isTrue();
    }

    @Test
    void rejectsATamperedBody() {
        assertThat(verify("POST", PATH, "{\"quantity\":2}", headers.timestamp())).isFalse();
    }

    @Test
    void rejectsAnotherMethod() {
        assertThat(verify("PUT", PATH, BODY, headers.timestamp())).isFalse();
    }

    @Test
    void rejectsAnotherPath() {
        assertThat(verify("POST", PATH + "/x", BODY, headers.timestamp())).isFalse();
    }

    @Test
    void rejectsAnotherTimestamp() {
        assertThat(verify("POST", PATH, BODY, "1700000001")).isFalse();
    }

    @Test
    void rejectsAnotherKey() {
        Ed25519PublicKeyParameters other = SignatureVerifier.publicKey(TradingKeyPair.generate(new Random(7)).publicKey());
        assertThat(verifier.verify(other, headers.timestamp(), "POST", PATH, bytes(BODY), headers.signature())).isFalse();
    }

    @Test
    void malformedSignatureIsAFailureNotAnException() {
        assertThat(verifier.verify(publicKey, headers.timestamp(), "POST", PATH, bytes(BODY), "not base64!")).isFalse();
        assertThat(verifier.verify(publicKey, headers.timestamp(), "POST", PATH, bytes(BODY), "AAAA")).isFalse();
    }

    @Test
    void privateKeyOfAnyOtherLengthIsRefusedWithItsLength() {
        assertThatThrownBy(() -> TradingKeyPair.fromPrivateKeyBase64("AAAA"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 3 bytes");
    }

    @Test
    void sameRandomSeedGivesSameKeys() {
        assertThat(TradingKeyPair.generate(new Random(42)).fingerprint()).isEqualTo(keys.fingerprint());
    }

    @Property(tries = 50)
    void everySignedBodyVerifies(@ForAll String body) {
        SignatureHeaders h = signer.sign("POST", PATH, body);
        assertThat(verifier.verify(publicKey, h.timestamp(), "POST", PATH, bytes(body), h.signature())).isTrue();
    }

    private boolean verify(String method, String path, String body, String timestamp) {
        return verifier.verify(publicKey, timestamp, method, path, bytes(body), headers.signature());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
