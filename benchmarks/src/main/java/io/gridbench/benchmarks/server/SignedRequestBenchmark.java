package io.gridbench.benchmarks.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridbench.exchange.client.TradingApiClient;
import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.grid.SimulatedGrid;
import io.gridbench.exchange.server.Credentials;
import io.gridbench.exchange.server.ExchangeServer;
import io.gridbench.exchange.signing.RequestSigner;
import io.gridbench.exchange.signing.SignatureHeaders;
import io.gridbench.exchange.signing.SignatureVerifier;
import io.gridbench.exchange.signing.TradingKeyPair;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The Trading API's cost per signed request beside its bound, the Ed25519 verify every request pays, in one run.
 * {@link #mixed} sends a mixed flow over HTTP to the simulated exchange started in this JVM (127.0.0.1, agents off):
 * place a limit buy that rests, look it up, list the account's orders, read the market's depth, cancel it; one
 * operation is one signed request, over HTTP/1.1 or h2c ({@link Exchange#protocol}). {@link #verify} is the
 * server's own {@link SignatureVerifier} on a signed order placement, inline. Run with {@code ThreadCpuProfiler}:
 * the server's CPU per request ({@code mixed:cpu.serverNsPerOp}: its event loops, which also run the venue's tasks;
 * the client never counts) against the verify's ({@code verify:cpu.workerNsPerOp}); their ratio is how close the
 * server comes to its bound (1.0: the verify is all it does).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class SignedRequestBenchmark {

    private static final String ORDERS = "/api/v1/trading/orders";
    private static final String CHAT_FAST = ExchangeConfig.defaults().instrument("chat-fast").marketId();
    /**
     * Requests sent before the first iteration. The gate's quick procedure warms up for 2 s, in which a cold server
     * answers a few thousand requests, many in the interpreter: its CPU per request came out at 600-1,000 us against
     * 110-180 us once compiled, which measured the JIT, not the server. Ten thousand requests of the cycle compile
     * the server's path before JMH starts counting, whatever the warm-up settings.
     */
    private static final int WARM_UP_REQUESTS = 10_000;

    @Benchmark
    public JsonNode mixed(Exchange exchange) throws IOException {
        return exchange.next();
    }

    /**
     * The mixed flow from {@link Loaded#connections} clients at once, each on its own account and keep-alive
     * HTTP/1.1 connection with one request in flight: the server under load, as a capacity planner's test drives it.
     * One operation is one answered request.
     */
    @Benchmark
    public void loaded(Loaded loaded) throws IOException {
        loaded.flow.awaitAnswer();
    }

    @Benchmark
    public boolean verify(Signed signed) {
        return signed.verifier.verify(signed.publicKey, signed.headers.timestamp(), "POST", ORDERS, signed.body,
                signed.headers.signature());
    }

    /** The running exchange, a signed client of it and where the request cycle stands. */
    @State(Scope.Thread)
    public static class Exchange {
        /**
         * What the client speaks: {@code http1} as the Grid's reference clients (Python requests, axios, Go's
         * net/http) and Gatling do, {@code h2c} as the JDK's client does unless told otherwise (an HTTP/2 upgrade
         * on the first request, then HPACK-coded headers on one multiplexed connection).
         */
        @Param({"http1", "h2c"})
        public String protocol;

        private ExchangeServer server;
        private TradingApiClient client;
        private String orderId;
        private int step;

        @Setup(Level.Trial)
        public void start() throws IOException {
            server = startExchange();
            Credentials demo = server.provisioner().openDemo();
            client = new TradingApiClient(server.baseUrl(), new RequestSigner(demo.keyPair()), Duration.ofSeconds(30),
                    protocol.equals("h2c") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1);
            for (int i = 0; i < WARM_UP_REQUESTS; i++) {
                next();
            }
        }

        /** The cycle's next request; it ends with the order canceled, so the book and the account stay as they were. */
        JsonNode next() throws IOException {
            int s = step;
            step = s == 4 ? 0 : s + 1;
            switch (s) {
                case 0: {
                    JsonNode placed = client.post(ORDERS, Map.of("market_id", CHAT_FAST, "side", "buy", "type", "limit",
                            "quantity", 1, "price", "1.00"));
                    orderId = placed.path("data").path("order_id").asText();
                    return placed;
                }
                case 1:
                    return client.get(ORDERS + "/" + orderId);
                case 2:
                    return client.get(ORDERS + "?limit=20");
                case 3:
                    return client.get("/api/v1/trading/markets/" + CHAT_FAST + "/depth");
                default:
                    return client.delete(ORDERS + "/" + orderId);
            }
        }

        // No tear-down: JMH runs it before the last iteration's profiler call, which would then find the server's
        // threads gone with their CPU time. The server's threads are daemons; the forked JVM ends after the trial.
    }

    /** A running exchange and clients of it on many connections, driven by the benchmark's thread. */
    @State(Scope.Thread)
    public static class Loaded {
        @Param({"16"})
        public int connections;
        private OrderFlowConnections flow;

        @Setup(Level.Trial)
        public void start() throws IOException {
            ExchangeServer server = startExchange();
            flow = new OrderFlowConnections(server, CHAT_FAST, connections);
            for (int i = 0; i < WARM_UP_REQUESTS; i++) {
                flow.awaitAnswer();
            }
        }
    }

    /** The simulated exchange both flows run against: seeded, no market agents, on a free port. */
    private static ExchangeServer startExchange() {
        return SimulatedGrid.builder(ExchangeConfig.defaults()).seed(7).agents(false).start(0);
    }

    /** One signed order placement and the server's verifier, as the auth handler holds them. */
    @State(Scope.Thread)
    public static class Signed {
        final SignatureVerifier verifier = new SignatureVerifier();
        final TradingKeyPair keys = TradingKeyPair.generate(new Random(7));
        final Ed25519PublicKeyParameters publicKey = new Ed25519PublicKeyParameters(keys.publicKey(), 0);
        final byte[] body = ("{\"market_id\":\"market_788dcbd5-ac68-4c61-acf1-4443beaf2a1c\",\"side\":\"buy\","
                + "\"type\":\"limit\",\"quantity\":1,\"price\":\"1.00\"}").getBytes(StandardCharsets.UTF_8);
        final SignatureHeaders headers = new RequestSigner(keys).sign("POST", ORDERS, body);
    }

    /*
     * HOW TO RUN:
     *   java -jar benchmarks/target/benchmarks.jar SignedRequestBenchmark \
     *       -prof io.gridbench.benchmarks.cpu.ThreadCpuProfiler
     * then divide verify:cpu.workerNsPerOp by mixed:cpu.serverNsPerOp.
     */
}
