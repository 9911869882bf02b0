package io.gridbench.simulations.consumption;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Bodies of {@code POST /chat/completions} in the OpenAI shape the Grid's reference clients send: a system prompt,
 * the user prompt, and {@code max_tokens}; streamed ones also ask for {@code usage} in the last chunk so output
 * tokens are counted by the server, not guessed. Built once per prompt, so the load loop does no JSON work.
 */
public final class ChatBodies {
    /** The prompts of the Grid's batch reference client (seed 000). */
    public static final List<String> SEED_PROMPTS = List.of(
            "What is 2 + 2?",
            "Name three colors.",
            "What is the capital of France?",
            "How many days in a week?",
            "What is H2O?");
    private static final String SYSTEM_PROMPT = "Be concise and correct.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChatBodies() {
    }

    public static String chat(String model, String prompt, int maxTokens, boolean stream) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", model);
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", SYSTEM_PROMPT);
        messages.addObject().put("role", "user").put("content", prompt);
        body.put("max_tokens", maxTokens);
        if (stream) {
            body.put("stream", true);
            body.putObject("stream_options").put("include_usage", true);
        }
        return body.toString();
    }
}
