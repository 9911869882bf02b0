package io.gridbench.exchange.grid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridbench.exchange.config.ExchangeConfig;
import io.gridbench.exchange.server.Credentials;
import io.gridbench.exchange.server.ExchangeServer;
import io.gridbench.exchange.venue.BalanceView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that misbehave at the connection level are bounded by the server's timeouts (here shortened to 1 s idle
 * and 1 s for a body, from 60 s and 30 s), and every balance is exact afterwards. Real pacing (chat-fast: 300 ms to
 * the first token, 150 tokens/s), so answers take long enough to be cut off. The bounds waited for are generous:
 * each check is "it happens", not "it happens fast".
 */
class FaultsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ExchangeServer server;
    private static RawHttp http;

    @BeforeAll
    static void start() throws IOException {
        Path file = Files.createTempFile("exchange", ".yaml");
        try {
            String shipped = Files.readString(Path.of("..", "config", "exchange.yaml"), StandardCharsets.UTF_8);
            Files.writeString(file, shipped.replace("idle_timeout_seconds: 60", "idle_timeout_seconds: 1")
                    .replace("body_timeout_seconds: 30", "body_timeout_seconds: 1"));
            server = SimulatedGrid.builder(ExchangeConfig.load(file)).seed(17).agents(false).start(0);
        } finally {
            Files.deleteIfExists(file);
        }
        http = new RawHttp(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Credentials accountWithOneUnit() {
        return server.provisioner().open(0, 1);
    }

    private static BalanceView chatFast(Credentials account) throws Exception {
        return server.core().submit(v -> v.consumptionAccounts(account.accountId()).stream()
                .filter(b -> b.instrumentName().equals("chat-fast")).findFirst().orElseThrow())
                .get(30, TimeUnit.SECONDS);
    }

    private static long usedTokens(Credentials account) throws IOException {
        RawHttp.Response r = http.send("GET /v1/usage HTTP/1.1\r\nAuthorization: Bearer " + account.consumptionApiKey(), "");
        return r.json().path("data").path("total_tokens").asLong();
    }

    /** Waits (up to 30 s) until nothing is held for the account, then checks it was charged exactly its usage. */
    private static void assertSettledExactly(Credentials account) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (chatFast(account).reservedTokens() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(chatFast(account).reservedTokens()).isZero();
        assertThat(chatFast(account).totalTokens()).isEqualTo(1_000_000L - usedTokens(account));
    }

    private static Socket openCompletion(Credentials account, String body) throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(30_000);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                + account.consumptionApiKey() + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
        return socket;
    }

    private static String completion(int maxTokens, boolean stream) {
        return "{\"model\":\"chat-fast\",\"max_tokens\":" + maxTokens + ",\"ignore_eos\":true,\"stream\":" + stream
                + ",\"messages\":[{\"role\":\"user\",\"content\":\"Go\"}]}";
    }

    /** Reads until the server closes the connection; false if it is still open after 30 s. */
    private static boolean closedByServer(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        try {
            while (in.read(buffer) >= 0) {
                // drains whatever was sent before the close
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    @Test
    void thousandsOfIdleConnectionsAreClosedByTheIdleTimeoutWhileHealthAnswers() throws Exception {
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 2_000; i++) {
                Socket s = new Socket("127.0.0.1", server.port());
                s.setSoTimeout(30_000);
                idle.add(s);
            }
            assertThat(http.send("GET /health HTTP/1.1", "").status()).isEqualTo(200);
            for (Socket s : idle) {
                assertThat(closedByServer(s)).isTrue();
            }
        } finally {
            for (Socket s : idle) {
                s.close();
            }
        }
    }

    @Test
    void aBodySentTooSlowlyGets408InTheErrorShapeAndTheConnectionIsClosed() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = "";
            // A byte every 300 ms keeps the connection from being idle; only the body deadline can end it.
            for (int i = 0; i < 100 && !answer.contains("\r\n\r\n{"); i++) {
                Thread.sleep(300);
                try {
                    out.write(' ');
                    out.flush();
                } catch (IOException closed) {
                    break;
                }
                if (socket.getInputStream().available() > 0) {
                    answer += new String(socket.getInputStream().readNBytes(socket.getInputStream().available()),
                            StandardCharsets.UTF_8);
                }
            }
            answer += new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 408");
            JsonNode errors = JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4)).get("errors");
            assertThat(errors.get("field").asText()).isEqualTo("body");
        }
    }

    @Test
    void aClientThatStopsReadingAStreamIsDisconnectedOnceIdleAndChargedExactly() throws Exception {
        Credentials account = accountWithOneUnit();
        try (Socket socket = openCompletion(account, completion(600, true))) {
            socket.getInputStream().readNBytes(200);
            // Reads nothing more: once the answer is written the connection goes idle and the server closes it.
            assertThat(closedByServer(socket)).isTrue();
        }
        assertSettledExactly(account);
    }

    @Test
    void aClientThatHangsUpMidStreamReleasesItsHold() throws Exception {
        Credentials account = accountWithOneUnit();
        try (Socket socket = openCompletion(account, completion(600, true))) {
            socket.getInputStream().readNBytes(300);
        }
        assertSettledExactly(account);
        assertThat(usedTokens(account)).isLessThan(600);
    }

    @Test
    void aClientThatHangsUpBeforeAWholeAnswerReleasesItsHold() throws Exception {
        Credentials account = accountWithOneUnit();
        try (Socket socket = openCompletion(account, completion(600, false))) {
            Thread.sleep(100);
        }
        assertSettledExactly(account);
    }
}
