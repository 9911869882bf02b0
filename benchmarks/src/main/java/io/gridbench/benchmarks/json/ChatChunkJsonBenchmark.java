package io.gridbench.benchmarks.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.gridbench.exchange.inference.CallInfo;
import io.gridbench.exchange.inference.openai.ChatCompletionFormat;
import io.vertx.core.buffer.Buffer;
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
import org.openjdk.jmh.infra.BenchmarkParams;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * One streamed {@code chat.completion.chunk} server-sent event ({@code data: {...}\n\n}), as the Consumption API
 * writes one per text delta: the server's {@link ChatCompletionFormat#streamDelta} (Vert.x {@code JsonObject},
 * Jackson underneath) against a baseline that writes the same bytes with Jackson's streaming generator into a reused
 * buffer. The setup checks that both produce identical bytes, then runs the measured path until the JIT has
 * compiled it ({@link JitWarmUp}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ChatChunkJsonBenchmark {

    private static final byte[] PREFIX = "data: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SUFFIX = "\n\n".getBytes(StandardCharsets.US_ASCII);

    private final ChatCompletionFormat format = new ChatCompletionFormat();
    private final CallInfo call = new CallInfo("chatcmpl-7Qp2bench0001", 1_732_370_400L, "chat-fast", 42, false);
    private final String delta = " the order book";
    private final JsonFactory factory = new JsonFactory();
    private final ByteArrayBuilder buffer = new ByteArrayBuilder(512);

    @Setup
    public void check(BenchmarkParams params) throws Exception {
        byte[] server = serverFormat().getBytes();
        if (!Arrays.equals(server, streamingBaseline())) {
            throw new IllegalStateException("the streaming baseline does not write what the server writes:\n"
                    + new String(server, StandardCharsets.UTF_8) + "\n"
                    + new String(streamingBaseline(), StandardCharsets.UTF_8));
        }
        JitWarmUp.run(params.getBenchmark().endsWith(".serverFormat") ? this::serverFormat : this::streamingBaseline);
    }

    @Benchmark
    public Buffer serverFormat() {
        return format.streamDelta(call, delta);
    }

    @Benchmark
    public byte[] streamingBaseline() throws IOException {
        buffer.reset();
        buffer.write(PREFIX);
        try (JsonGenerator g = factory.createGenerator(buffer)) {
            g.writeStartObject();
            g.writeStringField("id", call.id());
            g.writeStringField("object", "chat.completion.chunk");
            g.writeNumberField("created", call.createdSeconds());
            g.writeStringField("model", call.model());
            g.writeNullField("system_fingerprint");
            g.writeArrayFieldStart("choices");
            g.writeStartObject();
            g.writeNumberField("index", 0);
            g.writeObjectFieldStart("delta");
            g.writeStringField("content", delta);
            g.writeEndObject();
            g.writeNullField("finish_reason");
            g.writeNullField("logprobs");
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        buffer.write(SUFFIX);
        return buffer.toByteArray();
    }

    /*
     * HOW TO RUN:
     *   java -jar benchmarks/target/benchmarks.jar ChatChunkJsonBenchmark -prof gc
     *
     * WHAT TO EXPECT: around a million chunks per second per core on the server path and a few times that for the
     * streaming baseline. A stream of a few hundred tokens per second per request therefore spends well under 1 %
     * of a core on encoding; the cost of streaming is in the per-event writes and flushes, not in the JSON.
     */
}
