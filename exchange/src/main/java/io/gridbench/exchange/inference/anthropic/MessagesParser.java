package io.gridbench.exchange.inference.anthropic;

import io.gridbench.exchange.http.ApiError;
import io.gridbench.exchange.inference.InferenceRequest;
import io.gridbench.exchange.inference.PromptMessage;
import io.gridbench.exchange.inference.RequestFields;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

/**
 * Validates an Anthropic Messages body into an {@link InferenceRequest}. Required: {@code model},
 * {@code max_tokens} (at least 1) and a non-empty {@code messages} of {@code user}/{@code assistant} turns (content
 * a string or an array of blocks; {@code text} blocks count, others count no tokens). Optional: {@code system}
 * (string or text blocks, counted as a leading message), {@code temperature} (0..1, Anthropic's range),
 * {@code top_p} (0..1), {@code top_k} (>= 0), {@code stream}; other fields are ignored.
 */
public final class MessagesParser {

    private MessagesParser() {
    }

    public static InferenceRequest parse(Buffer body) {
        JsonObject json = RequestFields.object(body);
        String model = RequestFields.requiredString(json, "model");
        if (json.getValue("max_tokens") == null) {
            throw RequestFields.malformed("max_tokens", "max_tokens is required");
        }
        int maxTokens = (int) RequestFields.optionalInteger(json, "max_tokens", 1, Integer.MAX_VALUE, 1);
        JsonArray turns = RequestFields.requiredArray(json, "messages");
        if (turns.isEmpty()) {
            throw RequestFields.unprocessable("messages", "messages must contain at least one message");
        }
        List<PromptMessage> messages = new ArrayList<>(turns.size() + 1);
        Object system = json.getValue("system");
        if (system != null) {
            messages.add(new PromptMessage("system", text(system, "system")));
        }
        for (int i = 0; i < turns.size(); i++) {
            String path = "messages[" + i + "]";
            if (!(turns.getValue(i) instanceof JsonObject turn)) {
                throw RequestFields.malformed(path, path + " must be an object");
            }
            if (!(turn.getValue("role") instanceof String role)) {
                throw RequestFields.malformed(path + ".role", path + ".role is required and must be a string");
            }
            if (!role.equals("user") && !role.equals("assistant")) {
                throw RequestFields.unprocessable(path + ".role", path + ".role must be user or assistant, was " + ApiError.quoted(role));
            }
            if (turn.getValue("content") == null) {
                throw RequestFields.malformed(path + ".content", path + ".content is required");
            }
            messages.add(new PromptMessage(role, text(turn.getValue("content"), path + ".content")));
        }
        RequestFields.optionalNumber(json, "temperature", 0, 1);
        RequestFields.optionalNumber(json, "top_p", 0, 1);
        RequestFields.optionalInteger(json, "top_k", 0, Integer.MAX_VALUE, 0);
        boolean stream = RequestFields.optionalBoolean(json, "stream", "stream", false);
        return new InferenceRequest(model, messages, maxTokens, "max_tokens", stream, false, 0, false);
    }

    private static String text(Object content, String path) {
        if (content instanceof String s) {
            return s;
        }
        if (!(content instanceof JsonArray blocks)) {
            throw RequestFields.malformed(path, path + " must be a string or an array of content blocks");
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            String blockPath = path + "[" + i + "]";
            if (!(blocks.getValue(i) instanceof JsonObject block) || !(block.getValue("type") instanceof String)) {
                throw RequestFields.malformed(blockPath, blockPath + " must be an object with a type");
            }
            if ("text".equals(block.getString("type"))) {
                if (!(block.getValue("text") instanceof String t)) {
                    throw RequestFields.malformed(blockPath + ".text", blockPath + ".text must be a string");
                }
                text.append(t);
            }
        }
        return text.toString();
    }
}
