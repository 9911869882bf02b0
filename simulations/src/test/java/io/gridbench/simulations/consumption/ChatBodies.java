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
    /** 3 for the request, 4 + 6 for the system message, 4 for the user message's envelope. */
    static final int ENVELOPE_TOKENS = 17;
    private static final String FILLER = "Summarise the market for inference tokens. ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChatBodies() {
    }

    /**
     * A user prompt that makes the whole request's prompt {@code tokens} long by the server's estimate
     * ({@code TokenEstimate}: 3, plus per message 4 and a token per 4 characters): the envelope and the system
     * prompt take {@value #ENVELOPE_TOKENS}, so anything up to {@value #ENVELOPE_TOKENS} + 1 gets one character.
     */
    public static String promptOfTokens(int tokens) {
        int chars = Math.max(1, 4 * (tokens - ENVELOPE_TOKENS));
        StringBuilder text = new StringBuilder(chars);
        while (text.length() < chars) {
            text.append(FILLER, 0, Math.min(FILLER.length(), chars - text.length()));
        }
        return text.toString();
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
