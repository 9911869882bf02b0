package io.gridbench.benchmarks.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Holds a fixed number of streamed chat completions open against a server on 127.0.0.1, all on one NIO selector
 * thread ({@value #THREAD}): one socket and a few words of state per stream, so what the JVM's heap gains per held
 * stream is nearly all the server's. Each stream is a raw HTTP/1.1 POST with {@code Connection: close}; its
 * server-sent events are counted (a blank line ends each), never parsed. When the server ends a stream (end of
 * file), another opens in its place, so the number held stays fixed. A response other than 200 counts as failed.
 * Thread-safe to read; only its own thread touches the sockets.
 */
final class StreamHolder implements AutoCloseable {
    static final String THREAD = "held-streams-client";
    /** Connections opening at once: more would overrun the server's accept backlog and wait out SYN retries. */
    private static final int OPENING_AT_ONCE = 128;
    private static final byte[] OK = "HTTP/1.1 200".getBytes(StandardCharsets.US_ASCII);

    private final InetSocketAddress server;
    private final byte[] request;
    private final int target;
    private final Selector selector;
    private final Thread thread;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
    private final Semaphore delivered = new Semaphore(0);
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong ended = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger streaming = new AtomicInteger();
    private int opening;
    private volatile boolean running = true;

    /**
     * Starts the client thread, which opens {@code streams} streams and keeps that many open until {@link #close}.
     *
     * @param request the whole HTTP request each stream sends (it must ask for {@code Connection: close})
     */
    StreamHolder(InetSocketAddress server, byte[] request, int streams) {
        this.server = server;
        this.request = request.clone();
        this.target = streams;
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector", e);
        }
        this.thread = new Thread(this::run, THREAD);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * A streamed OpenAI-shaped chat completion of {@code maxTokens} tokens ({@code ignore_eos}, so every one is that
     * long) as a whole HTTP/1.1 request that asks the server to close the connection after the answer.
     */
    static byte[] chatRequest(int port, String apiKey, String model, int maxTokens) {
        byte[] body = ("{\"model\":\"" + model + "\",\"stream\":true,\"max_tokens\":" + maxTokens
                + ",\"ignore_eos\":true,\"messages\":[{\"role\":\"user\",\"content\":"
                + "\"Write a long story about a lighthouse keeper.\"}]}").getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST /v1/chat/completions HTTP/1.1\r\n"
                + "host: 127.0.0.1:" + port + "\r\n"
                + "authorization: Bearer " + apiKey + "\r\n"
                + "content-type: application/json\r\n"
                + "accept: text/event-stream\r\n"
                + "content-length: " + body.length + "\r\n"
                + "connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return request;
    }

    /** Blocks until one more server-sent event has arrived on any stream (one benchmark operation). */
    void awaitEvent() throws InterruptedException {
        delivered.acquire();
    }

    /** Streams whose first token has arrived (the role event and one more): those the server is pacing. */
    int streaming() {
        return streaming.get();
    }

    /** Connections open, whatever their stage. */
    int open() {
        return open.get();
    }

    long events() {
        return events.get();
    }

    /** Streams the server ended with a 200: each was replaced by a new one. */
    long ended() {
        return ended.get();
    }

    /** Streams refused (not 200) or cut off by an I/O error. */
    long failed() {
        return failed.get();
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (running) {
                while (open.get() < target && opening < OPENING_AT_ONCE) {
                    connect();
                }
                selector.select(100);
                for (SelectionKey key : selector.selectedKeys()) {
                    handle(key);
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the stream holder's selector failed", e);
        } finally {
            for (SelectionKey key : selector.keys()) {
                closeQuietly(key);
            }
            closeQuietly(selector);
        }
    }

    private void connect() throws IOException {
        SocketChannel channel = SocketChannel.open();
        channel.configureBlocking(false);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        channel.connect(server);
        channel.register(selector, SelectionKey.OP_CONNECT, new Stream());
        open.incrementAndGet();
        opening++;
    }

    private void handle(SelectionKey key) {
        Stream stream = (Stream) key.attachment();
        SocketChannel channel = (SocketChannel) key.channel();
        try {
            if (key.isConnectable()) {
                channel.finishConnect();
                opening--;
                stream.connected = true;
                key.interestOps(SelectionKey.OP_WRITE);
            } else if (key.isWritable()) {
                stream.written += channel.write(ByteBuffer.wrap(request, stream.written,
                        request.length - stream.written));
                if (stream.written == request.length) {
                    key.interestOps(SelectionKey.OP_READ);
                }
            } else if (key.isReadable()) {
                buffer.clear();
                int read = channel.read(buffer);
                if (read < 0) {
                    finish(key, stream, stream.ok);
                } else {
                    buffer.flip();
                    scan(stream);
                    if (stream.headRead == OK.length && !stream.ok) {
                        finish(key, stream, false);
                    }
                }
            }
        } catch (IOException e) {
            finish(key, stream, false);
        }
    }

    /** Checks the status line, then counts blank lines ({@code \n\n}, carriage returns aside): one per event. */
    private void scan(Stream stream) {
        while (buffer.hasRemaining()) {
            byte b = buffer.get();
            if (stream.headRead < OK.length) {
                stream.headMatches &= b == OK[stream.headRead];
                stream.headRead++;
                stream.ok = stream.headRead == OK.length && stream.headMatches;
                continue;
            }
            if (b == '\r') {
                continue;
            }
            if (b == '\n' && stream.lastNewline && stream.inBody) {
                stream.events++;
                events.incrementAndGet();
                delivered.release();
                if (stream.events == 2) {
                    streaming.incrementAndGet();
                }
                stream.lastNewline = false;
                continue;
            }
            if (b == '\n' && stream.lastNewline) {
                // the blank line after the response head: the body (chunk sizes and events) starts here
                stream.inBody = true;
                stream.lastNewline = false;
                continue;
            }
            stream.lastNewline = b == '\n';
        }
    }

    private void finish(SelectionKey key, Stream stream, boolean ok) {
        if (!stream.connected) {
            opening--;
        }
        if (stream.events >= 2) {
            streaming.decrementAndGet();
        }
        if (ok) {
            ended.incrementAndGet();
        } else {
            failed.incrementAndGet();
        }
        open.decrementAndGet();
        closeQuietly(key);
    }

    private static void closeQuietly(SelectionKey key) {
        key.cancel();
        closeQuietly(key.channel());
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed, or the peer reset it: nothing is held any more either way
        }
    }

    /** One stream's progress, touched only by the client thread. */
    private static final class Stream {
        boolean connected;
        int written;
        int headRead;
        boolean headMatches = true;
        boolean ok;
        boolean inBody;
        boolean lastNewline;
        int events;
    }
}
