package io.gridbench.benchmarks.signing;

import io.gridbench.benchmarks.slowdown.Slowdown;
import org.bouncycastle.crypto.signers.Ed25519Signer;
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

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.concurrent.TimeUnit;

/**
 * Ed25519 verification of one signed order request, the first thing the server does with every trading call:
 * Bouncy Castle against the JDK's {@code Ed25519} provider as the baseline. This bounds the signed-order endpoint:
 * it can serve no more requests per core than this verifies.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Ed25519VerifyBenchmark {

    private final SigningFixture fixture = new SigningFixture();
    private final Ed25519Signer bouncyCastle = new Ed25519Signer();
    private Signature jdk;
    private byte[] signature;
    /** Repeats verifications when the gate measures itself; never in a normal run. */
    private Slowdown slowdown;

    @Setup
    public void initVerifiers() throws GeneralSecurityException {
        slowdown = Slowdown.of(Slowdown.Path.VERIFY);
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, fixture.bcPrivate);
        signer.update(SigningFixture.MESSAGE, 0, SigningFixture.MESSAGE.length);
        signature = signer.generateSignature();
        bouncyCastle.init(false, fixture.bcPublic);
        jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(fixture.jdkPublic);
        if (!bouncyCastle() || !jdkBaseline()) {
            throw new IllegalStateException("a valid Ed25519 signature did not verify");
        }
    }

    @Benchmark
    public boolean bouncyCastle() {
        boolean valid = verifyOnce();
        for (int n = slowdown.owed(); n > 0; n--) {
            valid &= verifyOnce();
        }
        return valid;
    }

    private boolean verifyOnce() {
        bouncyCastle.update(SigningFixture.MESSAGE, 0, SigningFixture.MESSAGE.length);
        return bouncyCastle.verifySignature(signature);
    }

    @Benchmark
    public boolean jdkBaseline() throws GeneralSecurityException {
        jdk.update(SigningFixture.MESSAGE);
        return jdk.verify(signature);
    }

    /*
     * HOW TO RUN:
     *   java -jar benchmarks/target/benchmarks.jar Ed25519VerifyBenchmark
     *
     * WHAT TO EXPECT: verification costs two to three signatures (a double scalar multiplication), so Bouncy Castle
     * verifies roughly 10-15 thousand requests per second per core, the JDK provider one to two thousand. With two
     * cores this caps a signed endpoint at a few tens of thousands of requests per second whatever the HTTP stack.
     */
}
