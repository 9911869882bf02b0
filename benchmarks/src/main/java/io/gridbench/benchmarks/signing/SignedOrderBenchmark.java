package io.gridbench.benchmarks.signing;

import io.gridbench.exchange.api.OrderRequestParser;
import io.gridbench.exchange.signing.CanonicalMessage;
import io.gridbench.exchange.signing.SignatureVerifier;
import io.gridbench.exchange.signing.TradingKeyPair;
import io.gridbench.exchange.venue.PlaceOrder;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * The CPU the server spends on one signed {@code POST /api/v1/trading/orders} before the venue sees it: the
 * server's {@link SignatureVerifier} (base64 decode, canonical message, Ed25519 verify) and
 * {@link OrderRequestParser} (Jackson tree, validation). The baseline {@link #verifyOnly()} is the signature check
 * alone, so the gap between the two is everything but the cryptography, and the endpoint can be no faster than it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SignedOrderBenchmark {

    private static final String TIMESTAMP = "1732370400";
    private static final String PATH = "/api/v1/trading/orders";
    private static final byte[] BODY = ("{\"market_id\":\"market_chat-fast\",\"side\":\"buy\",\"type\":\"limit\","
            + "\"quantity\":12,\"price\":\"2.50\",\"time_in_force\":\"gtc\",\"client_order_id\":\"batch-1732370400\"}")
            .getBytes(StandardCharsets.UTF_8);

    private final SignatureVerifier verifier = new SignatureVerifier();
    private Ed25519PublicKeyParameters publicKey;
    private String signature;

    @Setup
    public void sign() {
        TradingKeyPair keys = TradingKeyPair.fromSeed(SigningFixture.SEED);
        publicKey = SignatureVerifier.publicKey(keys.publicKey());
        signature = Base64.getEncoder().encodeToString(keys.sign(CanonicalMessage.of(TIMESTAMP, "POST", PATH, BODY)));
        if (signedOrder() == null) {
            throw new IllegalStateException("a correctly signed order was refused");
        }
    }

    @Benchmark
    public boolean verifyOnly() {
        return verifier.verify(publicKey, TIMESTAMP, "POST", PATH, BODY, signature);
    }

    @Benchmark
    public PlaceOrder signedOrder() {
        if (!verifier.verify(publicKey, TIMESTAMP, "POST", PATH, BODY, signature)) {
            return null;
        }
        return OrderRequestParser.parse(BODY, "acct_bench", 1_732_370_400_000L);
    }

    /*
     * HOW TO RUN:
     *   java -jar benchmarks/target/benchmarks.jar SignedOrderBenchmark
     *
     * WHAT TO EXPECT: both within a few percent of each other, at roughly the Bouncy Castle verify rate of
     * Ed25519VerifyBenchmark (about 10-15 thousand per second per core): parsing and validating the order costs
     * a microsecond or two against some 70 us of verification. To serve more signed orders, add cores, not a
     * faster JSON parser.
     */
}
