package io.gridbench.exchange.inference;

import java.util.List;

/**
 * A validated inference request, the same for both API surfaces.
 *
 * @param model        the instrument name or id the caller asked for
 * @param messages     the prompt, system prompt first when there is one
 * @param maxTokens    completion budget, at least 1
 * @param stream       answer as server-sent events
 * @param includeUsage OpenAI {@code stream_options.include_usage}: end a stream with a usage chunk
 * @param seed         the caller's {@code seed} parameter (0 when absent), mixed into the generation seed
 * @param ignoreEos    always generate {@code maxTokens} tokens (vLLM's benchmarking extension)
 */
public record InferenceRequest(String model, List<PromptMessage> messages, int maxTokens, boolean stream,
                               boolean includeUsage, long seed, boolean ignoreEos) {

    public InferenceRequest {
        messages = List.copyOf(messages);
    }
}
