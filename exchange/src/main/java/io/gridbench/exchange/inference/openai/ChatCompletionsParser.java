package io.gridbench.exchange.inference.openai;

import io.gridbench.exchange.http.ApiError;
import io.gridbench.exchange.inference.InferenceRequest;
import io.gridbench.exchange.inference.PromptMessage;
import io.gridbench.exchange.inference.RequestFields;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Validates an OpenAI Chat Completions body into an {@link InferenceRequest}. Accepted: {@code model},
 * {@code messages} (content as a string or an array of {@code {"type":"text","text":...}} parts; other part types
 * count no tokens), {@code max_completion_tokens} or {@code max_tokens}, {@code temperature} (0..2), {@code top_p}
 * (0..1), {@code presence_penalty}/{@code frequency_penalty} (-2..2), {@code n} (only 1), {@code seed},
 * {@code stream}, {@code stream_options.include_usage} and vLLM's {@code ignore_eos}; other fields are ignored.
 */
public final class ChatCompletionsParser {
    private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant", "tool", "function");

    private ChatCompletionsParser() {
    }

    public static InferenceRequest parse(Buffer body, int defaultMaxTokens) {
        JsonObject json = RequestFields.object(body);
        String model = RequestFields.requiredString(json, "model");
        List<PromptMessage> messages = messages(RequestFields.requiredArray(json, "messages"));
        String budgetField = json.getValue("max_completion_tokens") != null ? "max_completion_tokens" : "max_tokens";
        int maxTokens = (int) RequestFields.optionalInteger(json, budgetField, 1, Integer.MAX_VALUE, defaultMaxTokens);
        RequestFields.optionalNumber(json, "temperature", 0, 2);
        RequestFields.optionalNumber(json, "top_p", 0, 1);
        RequestFields.optionalNumber(json, "presence_penalty", -2, 2);
        RequestFields.optionalNumber(json, "frequency_penalty", -2, 2);
        RequestFields.optionalInteger(json, "n", 1, 1, 1);
        long seed = RequestFields.optionalInteger(json, "seed", Long.MIN_VALUE, Long.MAX_VALUE, 0);
        boolean stream = RequestFields.optionalBoolean(json, "stream", "stream", false);
        boolean includeUsage = false;
        Object options = json.getValue("stream_options");
        if (options != null) {
            if (!(options instanceof JsonObject o)) {
                throw RequestFields.malformed("stream_options", "stream_options must be an object");
            }
            includeUsage = RequestFields.optionalBoolean(o, "include_usage", "stream_options.include_usage", false);
        }
        boolean ignoreEos = RequestFields.optionalBoolean(json, "ignore_eos", "ignore_eos", false);
        String namedBudget = json.getValue(budgetField) == null ? null : budgetField;
        return new InferenceRequest(model, messages, maxTokens, namedBudget, stream, includeUsage, seed, ignoreEos);
    }

    private static List<PromptMessage> messages(JsonArray array) {
        if (array.isEmpty()) {
            throw RequestFields.unprocessable("messages", "messages must contain at least one message");
        }
        List<PromptMessage> messages = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String path = "messages[" + i + "]";
            if (!(array.getValue(i) instanceof JsonObject message)) {
                throw RequestFields.malformed(path, path + " must be an object");
            }
            Object role = message.getValue("role");
            if (!(role instanceof String r)) {
                throw RequestFields.malformed(path + ".role", path + ".role is required and must be a string");
            }
            if (!ROLES.contains(r)) {
                throw RequestFields.unprocessable(path + ".role", path + ".role must be one of " + ROLES + ", was " + ApiError.quoted(r));
            }
            messages.add(new PromptMessage(r, content(message.getValue("content"), path + ".content")));
        }
        return messages;
    }

    private static String content(Object content, String path) {
        if (content == null) {
            return "";
        }
        if (content instanceof String s) {
            return s;
        }
        if (!(content instanceof JsonArray parts)) {
            throw RequestFields.malformed(path, path + " must be a string or an array of content parts");
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (!(parts.getValue(i) instanceof JsonObject part) || !(part.getValue("type") instanceof String)) {
                throw RequestFields.malformed(path + "[" + i + "]", path + "[" + i + "] must be an object with a type");
            }
            if ("text".equals(part.getString("type"))) {
                if (!(part.getValue("text") instanceof String t)) {
                    throw RequestFields.malformed(path + "[" + i + "].text", path + "[" + i + "].text must be a string");
                }
                text.append(t);
            }
        }
        return text.toString();
    }
}
