package io.gridbench.exchange.inference.anthropic;

import io.gridbench.exchange.inference.CallInfo;
import io.gridbench.exchange.inference.Completion;
import io.gridbench.exchange.inference.CompletionFormat;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Anthropic Messages wire shape. A whole answer is a {@code message} with one {@code text} block; a stream is the
 * named events the SDK expects, each as {@code event: <type>} plus {@code data: {...}}: {@code message_start},
 * {@code content_block_start}, {@code ping}, {@code content_block_delta} ({@code text_delta}) per chunk, then
 * {@code content_block_stop}, {@code message_delta} (stop reason and output tokens) and {@code message_stop}.
 * {@code stop_reason} is {@code max_tokens} when the budget cut the answer, else {@code end_turn}.
 */
public final class MessagesFormat implements CompletionFormat {

    @Override
    public String idPrefix() {
        return "msg_";
    }

    @Override
    public Buffer complete(CallInfo call, Completion completion) {
        JsonArray content = new JsonArray().add(new JsonObject().put("type", "text").put("text", completion.text())
                .put("citations", null));
        return message(call, content, stopReason(completion), completion.tokens()).toBuffer();
    }

    @Override
    public Buffer streamStart(CallInfo call) {
        return event("message_start", new JsonObject().put("type", "message_start")
                .put("message", message(call, new JsonArray(), null, 1)))
                .appendBuffer(event("content_block_start", new JsonObject().put("type", "content_block_start")
                        .put("index", 0)
                        .put("content_block", new JsonObject().put("type", "text").put("text", "")
                                .put("citations", null))))
                .appendBuffer(event("ping", new JsonObject().put("type", "ping")));
    }

    @Override
    public Buffer streamDelta(CallInfo call, String text) {
        return event("content_block_delta", new JsonObject().put("type", "content_block_delta").put("index", 0)
                .put("delta", new JsonObject().put("type", "text_delta").put("text", text)));
    }

    @Override
    public Buffer streamEnd(CallInfo call, Completion completion) {
        JsonObject usage = new JsonObject().put("input_tokens", call.promptTokens())
                .put("output_tokens", completion.tokens())
                .put("cache_creation_input_tokens", null).put("cache_read_input_tokens", null)
                .put("server_tool_use", null);
        return event("content_block_stop", new JsonObject().put("type", "content_block_stop").put("index", 0))
                .appendBuffer(event("message_delta", new JsonObject().put("type", "message_delta")
                        .put("delta", new JsonObject().put("stop_reason", stopReason(completion))
                                .put("stop_sequence", null))
                        .put("usage", usage)))
                .appendBuffer(event("message_stop", new JsonObject().put("type", "message_stop")));
    }

    private static JsonObject message(CallInfo call, JsonArray content, String stopReason, long outputTokens) {
        JsonObject usage = new JsonObject().put("input_tokens", call.promptTokens()).put("output_tokens", outputTokens)
                .put("cache_creation_input_tokens", null).put("cache_read_input_tokens", null)
                .put("server_tool_use", null).put("service_tier", null);
        return new JsonObject().put("id", call.id()).put("type", "message").put("role", "assistant")
                .put("model", call.model()).put("content", content).put("stop_reason", stopReason)
                .put("stop_sequence", null).put("usage", usage);
    }

    private static String stopReason(Completion completion) {
        return completion.truncated() ? "max_tokens" : "end_turn";
    }

    private static Buffer event(String name, JsonObject data) {
        return Buffer.buffer("event: " + name + "\ndata: ").appendBuffer(data.toBuffer()).appendString("\n\n");
    }
}
