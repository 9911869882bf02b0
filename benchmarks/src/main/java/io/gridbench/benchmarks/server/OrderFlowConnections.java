package io.gridbench.benchmarks.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridbench.exchange.server.Credentials;
import io.gridbench.exchange.server.ExchangeServer;
import io.gridbench.exchange.signing.RequestSigner;
import io.gridbench.exchange.signing.SignatureHeaders;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * Keep-alive HTTP/1.1 connections to the Trading API, all driven by the calling thread, each its own demo account
 * with one signed request of the mixed order flow in flight: place a resting limit buy, look it up, list the
 * account's orders, read the depth, cancel. Built for {@link SignedRequestBenchmark#loaded}: the server under load
 * from many clients at once, as a capacity planner's load test drives it, with a client light enough (one thread,
 * no pipelining) to keep the server busy on a 2-core machine. Any answer other than 2xx fails the run.
 */
final class OrderFlowConnections implements Closeable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORDERS = "/api/v1/trading/orders";
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private final Selector selector;
    private final Connection[] connections;
    private int answered;

    /** Opens {@code count} connections, each on a new demo account, and sends each its first request. */
    OrderFlowConnections(ExchangeServer server, String marketId, int count) throws IOException {
        selector = Selector.open();
        connections = new Connection[count];
        for (int i = 0; i < count; i++) {
            Credentials demo = server.provisioner().openDemo();
            SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", server.port()));
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.configureBlocking(false);
            connections[i] = new Connection(channel, new RequestSigner(demo.keyPair()), marketId,
                    "127.0.0.1:" + server.port());
            channel.register(selector, SelectionKey.OP_READ, connections[i]);
            connections[i].sendNext();
        }
    }

    /** Waits until one more answer has come in; each connection sends its next request as soon as it is answered. */
    void awaitAnswer() throws IOException {
        while (answered == 0) {
            selector.select();
            for (SelectionKey key : selector.selectedKeys()) {
                Connection connection = (Connection) key.attachment();
                if (connection.read()) {
                    answered++;
                    connection.sendNext();
                }
            }
            selector.selectedKeys().clear();
        }
        answered--;
    }

    @Override
    public void close() throws IOException {
        for (Connection connection : connections) {
            connection.channel.close();
        }
        selector.close();
    }

    private static final class Connection {
        final SocketChannel channel;
        private final RequestSigner signer;
        private final String marketId;
        private final String host;
        private final ByteBuffer in = ByteBuffer.allocate(1 << 16);
        private String orderId;
        private int step;
        private int sentStep;

        Connection(SocketChannel channel, RequestSigner signer, String marketId, String host) {
            this.channel = channel;
            this.signer = signer;
            this.marketId = marketId;
            this.host = host;
        }

        void sendNext() throws IOException {
            sentStep = step;
            step = step == 4 ? 0 : step + 1;
            switch (sentStep) {
                case 0 -> send("POST", ORDERS, "", "{\"market_id\":\"" + marketId
                        + "\",\"side\":\"buy\",\"type\":\"limit\",\"quantity\":1,\"price\":\"1.00\"}");
                case 1 -> send("GET", ORDERS + "/" + orderId, "", null);
                case 2 -> send("GET", ORDERS, "?limit=20", null);
                case 3 -> send("GET", "/api/v1/trading/markets/" + marketId + "/depth", "", null);
                default -> send("DELETE", ORDERS + "/" + orderId, "", null);
            }
        }

        private void send(String method, String path, String query, String body) throws IOException {
            SignatureHeaders signature = signer.sign(method, path, body);
            byte[] bodyBytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(512)
                    .append(method).append(' ').append(path).append(query).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append("\r\n")
                    .append("Accept: application/json\r\n")
                    .append(SignatureHeaders.SIGNATURE).append(": ").append(signature.signature()).append("\r\n")
                    .append(SignatureHeaders.TIMESTAMP).append(": ").append(signature.timestamp()).append("\r\n")
                    .append(SignatureHeaders.FINGERPRINT).append(": ").append(signature.fingerprint()).append("\r\n");
            if (body != null) {
                head.append("Content-Type: application/json\r\nContent-Length: ").append(bodyBytes.length).append("\r\n");
            }
            head.append("\r\n");
            byte[] headBytes = head.toString().getBytes(StandardCharsets.US_ASCII);
            ByteBuffer out = ByteBuffer.allocate(headBytes.length + bodyBytes.length).put(headBytes).put(bodyBytes).flip();
            // A request of under a kilobyte to a socket with nothing unsent: the first write takes it all in practice.
            while (out.hasRemaining()) {
                channel.write(out);
            }
        }

        /** Reads what has arrived; true once a whole answer is in, which it checks and then drops. */
        boolean read() throws IOException {
            if (channel.read(in) < 0) {
                throw new IOException("the server closed a connection");
            }
            int headEnd = indexOf(in.array(), in.position(), HEADER_END);
            if (headEnd < 0) {
                return false;
            }
            String head = new String(in.array(), 0, headEnd, StandardCharsets.US_ASCII);
            int length = contentLength(head);
            int total = headEnd + HEADER_END.length + length;
            if (in.position() < total) {
                return false;
            }
            int status = Integer.parseInt(head.substring(9, 12));
            String body = new String(in.array(), headEnd + HEADER_END.length, length, StandardCharsets.UTF_8);
            if (status / 100 != 2) {
                throw new IllegalStateException("step " + sentStep + " answered " + status + ": " + body);
            }
            if (sentStep == 0) {
                JsonNode placed = JSON.readTree(body);
                orderId = placed.path("data").path("order_id").asText();
            }
            in.clear();
            return true;
        }

        private static int contentLength(String head) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("content-length")) {
                    return Integer.parseInt(line.substring(colon + 1).trim());
                }
            }
            throw new IllegalStateException("an answer without Content-Length: " + head);
        }

        private static int indexOf(byte[] bytes, int end, byte[] needle) {
            for (int i = 0; i + needle.length <= end; i++) {
                int j = 0;
                while (j < needle.length && bytes[i + j] == needle[j]) {
                    j++;
                }
                if (j == needle.length) {
                    return i;
                }
            }
            return -1;
        }
    }
}
