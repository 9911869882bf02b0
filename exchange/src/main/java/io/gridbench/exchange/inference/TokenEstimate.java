package io.gridbench.exchange.inference;

import java.util.List;

/**
 * The simulator's tokenizer: an approximation that is cheap, deterministic and the same for every instrument, used
 * for both {@code prompt_tokens} (holds and usage) and {@code completion_tokens}.
 *
 * <ul>
 *   <li>Text costs {@code ceil(codePoints / 4)} tokens (the usual "four characters per token" rule of thumb).</li>
 *   <li>Each message costs {@value #PER_MESSAGE} extra tokens for its role and separators, and every prompt
 *       {@value #REPLY_PRIMING} more for priming the assistant's reply (as OpenAI's chat format does).</li>
 * </ul>
 *
 * Worked example: {@code [system "Be concise and correct.", user "What is 2 + 2?"]} is
 * {@code (4 + ceil(23/4)) + (4 + ceil(14/4)) + 3 = 10 + 8 + 3 = 21} prompt tokens. The generator emits pieces of
 * exactly four characters, so a completion's token count equals {@link #text} of its text.
 */
public final class TokenEstimate {
    public static final int PER_MESSAGE = 4;
    public static final int REPLY_PRIMING = 3;

    private TokenEstimate() {
    }

    /** Tokens of a piece of text. */
    public static long text(String text) {
        int codePoints = text.codePointCount(0, text.length());
        return (codePoints + 3) / 4;
    }

    /** Tokens of a whole prompt: every message's text and overhead plus the reply priming. */
    public static long prompt(List<PromptMessage> messages) {
        long tokens = REPLY_PRIMING;
        for (PromptMessage message : messages) {
            tokens += PER_MESSAGE + text(message.text());
        }
        return tokens;
    }
}
