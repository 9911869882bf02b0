package io.gridbench.exchange.inference.openai;

import io.gridbench.exchange.inference.CallInfo;
import io.gridbench.exchange.inference.Completion;
import io.gridbench.exchange.inference.CompletionFormat;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * OpenAI Chat Completions wire shape. A whole answer is a {@code chat.completion}; a stream is
 * {@code data: {chat.completion.chunk}} events (the first carries the assistant role, the last an empty delta with
 * {@code finish_reason}), then, when {@code stream_options.include_usage} was set, a chunk with empty
 * {@code choices} and the usage, then {@code data: [DONE]}. {@code finish_reason} is {@code length} when
 * {@code max_tokens} cut the answer, else {@code stop}.
 */
public final class ChatCompletionFormat implements CompletionFormat {

    @Override
    public String idPrefix() {
        return "chatcmpl-";
    }

    @Override
    public Buffer complete(CallInfo call, Completion completion) {
        JsonObject message = new JsonObject().put("role", "assistant").put("content", completion.text())
                .put("refusal", null);
        JsonObject choice = new JsonObject().put("index", 0).put("message", message)
                .put("finish_reason", finishReason(completion)).put("logprobs", null);
        return envelope(call, "chat.completion")
                .put("choices", new JsonArray().add(choice))
                .put("usage", usage(call, completion.tokens()))
                .toBuffer();
    }

    @Override
    public Buffer streamStart(CallInfo call) {
        return event(chunk(call, new JsonObject().put("role", "assistant").put("content", ""), null));
    }

    @Override
    public Buffer streamDelta(CallInfo call, String text) {
        return event(chunk(call, new JsonObject().put("content", text), null));
    }

    @Override
    public Buffer streamEnd(CallInfo call, Completion completion) {
        Buffer out = event(chunk(call, new JsonObject(), finishReason(completion)));
        if (call.includeUsage()) {
            out.appendBuffer(event(envelope(call, "chat.completion.chunk")
                    .put("choices", new JsonArray())
                    .put("usage", usage(call, completion.tokens()))));
        }
        return out.appendString("data: [DONE]\n\n");
    }

    private static JsonObject chunk(CallInfo call, JsonObject delta, String finishReason) {
        JsonObject choice = new JsonObject().put("index", 0).put("delta", delta)
                .put("finish_reason", finishReason).put("logprobs", null);
        JsonObject chunk = envelope(call, "chat.completion.chunk").put("choices", new JsonArray().add(choice));
        if (call.includeUsage()) {
            chunk.put("usage", null);
        }
        return chunk;
    }

    private static JsonObject envelope(CallInfo call, String object) {
        return new JsonObject().put("id", call.id()).put("object", object).put("created", call.createdSeconds())
                .put("model", call.model()).put("system_fingerprint", null);
    }

    private static JsonObject usage(CallInfo call, long completionTokens) {
        return new JsonObject().put("prompt_tokens", call.promptTokens())
                .put("completion_tokens", completionTokens)
                .put("total_tokens", call.promptTokens() + completionTokens);
    }

    private static String finishReason(Completion completion) {
        return completion.truncated() ? "length" : "stop";
    }

    private static Buffer event(JsonObject json) {
        return Buffer.buffer("data: ").appendBuffer(json.toBuffer()).appendString("\n\n");
    }
}
