package io.gridbench.benchmarks.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The fixed JMH result files and baseline under {@code src/test/resources/gate}. */
final class GateFixtures {

    static final String P = "io.gridbench.benchmarks.";
    static final BenchmarkId MIXED = BenchmarkId.of(P + "book.MatchingEngineBenchmark.mixed", "thrpt",
            Map.of("book", "array"));
    static final BenchmarkId LATENCY = BenchmarkId.of(P + "book.MatchingLatencyBenchmark.mixed", "sample",
            Map.of("book", "array"));
    static final BenchmarkId SIGN = BenchmarkId.of(P + "signing.Ed25519SignBenchmark.bouncyCastle", "thrpt",
            Map.of());

    private GateFixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(GateFixtures.class.getResource("/gate/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    static String text(String name) {
        try {
            return Files.readString(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<BenchmarkScore> run(String name) {
        return JmhResults.read(path(name));
    }

    static Baseline baseline() {
        return baseline("baseline.json");
    }

    static Baseline baseline(String name) {
        return Baseline.read(path(name));
    }
}
