package io.gridbench.benchmarks.signing;

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
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Ed25519 signing of one order request, as a trading client or the load generator does per request: Bouncy Castle
 * (what gridbench uses) against the JDK's own {@code Ed25519} provider as the baseline. Both produce the same bytes;
 * the setup checks that before anything is measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Ed25519SignBenchmark {

    private final SigningFixture fixture = new SigningFixture();
    private final Ed25519Signer bouncyCastle = new Ed25519Signer();
    private Signature jdk;

    @Setup
    public void initSigners() throws GeneralSecurityException {
        bouncyCastle.init(true, fixture.bcPrivate);
        jdk = Signature.getInstance("Ed25519");
        jdk.initSign(fixture.jdkPrivate);
        if (!Arrays.equals(bouncyCastle(), jdkBaseline())) {
            throw new IllegalStateException("Bouncy Castle and the JDK disagree on an Ed25519 signature");
        }
    }

    @Benchmark
    public byte[] bouncyCastle() {
        bouncyCastle.update(SigningFixture.MESSAGE, 0, SigningFixture.MESSAGE.length);
        return bouncyCastle.generateSignature();
    }

    @Benchmark
    public byte[] jdkBaseline() throws GeneralSecurityException {
        jdk.update(SigningFixture.MESSAGE);
        return jdk.sign();
    }

    /*
     * HOW TO RUN:
     *   java -jar benchmarks/target/benchmarks.jar Ed25519SignBenchmark
     *   java -jar benchmarks/target/benchmarks.jar Ed25519SignBenchmark -prof gc   # allocation per signature
     *
     * WHAT TO EXPECT: Bouncy Castle signs tens of thousands of orders per second per core; the JDK 17 provider is
     * an order of magnitude slower (its field arithmetic is generic BigInteger-style code). A load generator that
     * signs every request therefore spends its CPU in signing unless it uses Bouncy Castle.
     */
}
