package io.gridbench.exchange.inference;

/** Metered inference usage of one account on one instrument (or in total, with {@code model} null). */
public record UsageView(String model, long requests, long promptTokens, long completionTokens) {

    public long totalTokens() {
        return promptTokens + completionTokens;
    }
}
