package io.gridbench.exchange.client;

import io.gridbench.exchange.market.TokenUnits;

import java.util.List;

/**
 * Seed 000's estimate of what a batch of prompts will consume, made before buying capacity for it: each prompt
 * costs {@code ceil((characters + 50) / 4)} tokens (the text at four characters a token plus an allowance of 50
 * characters for the reply and the message overhead), and the batch buys the whole units that cover the sum, at
 * least one. The one home of this formula: the demo's batch, the backtester's prompt jobs and the batch load test
 * all use it.
 */
public final class BatchEstimate {
    private BatchEstimate() {
    }

    /** Tokens one prompt is expected to consume. */
    public static long tokens(String prompt) {
        return (prompt.length() + 50 + 3) / 4;
    }

    /** Tokens a batch of prompts is expected to consume. */
    public static long tokens(List<String> prompts) {
        long tokens = 0;
        for (String prompt : prompts) {
            tokens += tokens(prompt);
        }
        return tokens;
    }

    /** Whole units to buy for {@code tokens}: rounded up, at least one. */
    public static long unitsToBuy(long tokens) {
        return Math.max(1, TokenUnits.covering(tokens));
    }
}
