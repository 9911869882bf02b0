package io.gridbench.exchange.inference;

import io.gridbench.exchange.http.ApiError;

import java.util.List;

/**
 * A validated inference request, the same for both API surfaces.
 *
 * @param model        the instrument name or id the caller asked for
 * @param messages     the prompt, system prompt first when there is one
 * @param maxTokens    completion budget, at least 1
 * @param maxTokensField the body field that named the budget ({@code max_tokens} or
 *                     {@code max_completion_tokens}), or null when the surface's default applied
 * @param stream       answer as server-sent events
 * @param includeUsage OpenAI {@code stream_options.include_usage}: end a stream with a usage chunk
 * @param seed         the caller's {@code seed} parameter (0 when absent), mixed into the generation seed
 * @param ignoreEos    always generate {@code maxTokens} tokens (vLLM's benchmarking extension)
 */
public record InferenceRequest(String model, List<PromptMessage> messages, int maxTokens, String maxTokensField,
                               boolean stream, boolean includeUsage, long seed, boolean ignoreEos) {

    public InferenceRequest {
        messages = List.copyOf(messages);
    }

    /**
     * The budget to generate and hold under an instrument's cap: a budget the caller named must fit it (422 naming
     * the field and the cap otherwise); a default budget is lowered to it.
     */
    public int budgetUnder(int cap) {
        if (maxTokens <= cap) {
            return maxTokens;
        }
        if (maxTokensField == null) {
            return cap;
        }
        throw RequestFields.unprocessable(maxTokensField, maxTokensField + " must be at most " + cap + " for "
                + ApiError.quoted(model) + ", was " + maxTokens);
    }
}
