package io.gridbench.exchange.inference;

/**
 * What an encoder needs to know about a running call besides the text: its response id, creation time (unix
 * seconds), the instrument that serves it, its prompt tokens and whether a stream should end with usage.
 */
public record CallInfo(String id, long createdSeconds, String model, long promptTokens, boolean includeUsage) {
}
